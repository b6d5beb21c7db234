package nianbao.query.rest;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nianbao.query.messaging.ValidationFeed;
import nianbao.query.messaging.ValidationNotice;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** {@code GET /events}: server-sent events, one per validation result, as they arrive. */
@Path("/events")
public class EventsResource {

    private final ValidationFeed feed;

    public EventsResource(ValidationFeed feed) {
        this.feed = feed;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live validation results (server-sent events, JSON data)",
            description = "One event per reports-validated event processed from now on; no replay.")
    public Multi<ValidationNotice> events() {
        return feed.stream();
    }
}
