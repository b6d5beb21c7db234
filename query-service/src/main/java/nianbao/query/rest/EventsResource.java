package nianbao.query.rest;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import nianbao.query.messaging.FeedEvent;
import nianbao.query.messaging.FeedPosition;
import nianbao.query.messaging.ValidationFeed;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Duration;

/**
 * {@code GET /events}: server-sent events, one per report validated or rejected, each with an id; a client that
 * reconnects with {@code Last-Event-ID} gets the events it missed (from a window of the most recent ones), and a
 * comment line every keep-alive interval keeps idle connections (and the proxies on the way) open.
 */
@Path("/events")
public class EventsResource {

    /** The browser's reconnection delay, sent with every event. */
    static final long RECONNECT_MILLIS = 3000;
    private final ValidationFeed feed;
    private final Duration keepAlive;

    public EventsResource(ValidationFeed feed, @ConfigProperty(name = "nianbao.events.keep-alive", defaultValue = "15s") Duration keepAlive) {
        this.feed = feed;
        this.keepAlive = keepAlive;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live validation results (server-sent events, JSON data)",
            description = "One event per report validated or rejected (data: a FeedEvent, kind validated or rejected), "
                    + "each with the id <epoch>-<sequence>. Send the last id received as the Last-Event-ID header (browsers "
                    + "do so when they reconnect) or the lastEventId parameter to get the events missed since, from the "
                    + "most recent ones kept (nianbao.events.window, default 1,000), then the live ones; when some were "
                    + "no longer kept, a first event of kind reset says to reload GET /reports. A comment line ':keep-alive' "
                    + "comes every nianbao.events.keep-alive (default 15 s).")
    @APIResponse(responseCode = "200", description = "the event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = FeedEvent.class)))
    public Multi<OutboundSseEvent> events(@Context Sse sse,
                                          @Parameter(description = "the id of the last event received: resume after it")
                                          @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventIdHeader,
                                          @Parameter(description = "the same as the Last-Event-ID header, for clients that cannot set headers")
                                          @QueryParam("lastEventId") String lastEventId) {
        FeedPosition after = position(HttpHeaders.LAST_EVENT_ID_HEADER, lastEventIdHeader);
        if (after == null) {
            after = position("lastEventId", lastEventId);
        }
        Multi<OutboundSseEvent> events = feed.stream(after).map(event -> event(sse, event));
        Multi<OutboundSseEvent> comments = Multi.createFrom().ticks().every(keepAlive).onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(events, comments);
    }

    private static OutboundSseEvent event(Sse sse, FeedEvent event) {
        OutboundSseEvent.Builder builder = sse.newEventBuilder().mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(FeedEvent.class, event).reconnectDelay(RECONNECT_MILLIS);
        return (event.id() == null ? builder : builder.id(event.id())).build();
    }

    private static FeedPosition position(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Params.text(name, value);
        return FeedPosition.parse(value).orElseThrow(() -> ClientProblem.badParameter(name,
                name + " must be an event id of this stream, <epoch>-<sequence> such as k3j9x2-42, was " + Params.shown(value)));
    }
}
