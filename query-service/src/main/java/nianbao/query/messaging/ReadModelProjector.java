package nianbao.query.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.query.store.ReportStore;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Builds the read models from the events: parsed reports, validations and rejections (dead letters: {@link
 * DeadLetterProjector}). Every update is an upsert by reportId of the fields that event owns, so replays and any
 * arrival order give the same state. An event that is not what its topic carries throws, and is dead-lettered. Each
 * validation, each parse that completes an earlier validation, and each rejection goes on to the live feed.
 */
@ApplicationScoped
public class ReadModelProjector {

    private final ReportStore store;
    private final ValidationFeed feed;

    public ReadModelProjector(ReportStore store, ValidationFeed feed) {
        this.store = store;
        this.feed = feed;
    }

    @Incoming("reports-parsed")
    @Blocking
    public void onParsed(JsonNode event) {
        requireEvent(event, "report");
        String reportId = event.get("reportId").asText();
        boolean completes = store.saveParsed(reportId, event.get("report"), event.path("occurredAt").asText(null));
        if (completes) {
            feed.publish("validated", reportId, event.path("occurredAt").asText(null));
        }
    }

    @Incoming("reports-validated")
    @Blocking
    public void onValidated(JsonNode event) {
        ValidatedEvent validated = ValidatedEvent.of(event);
        store.saveValidation(validated.reportId(), event);
        feed.publish("validated", validated.reportId(), validated.occurredAt());
    }

    @Incoming("reports-rejected")
    @Blocking
    public void onRejected(JsonNode event) {
        requireEvent(event, "reason");
        String reportId = event.get("reportId").asText();
        store.saveRejection(reportId, event.path("fileName").asText(null),
                event.path("stage").asText("unknown"), event.get("reason").asText(), event.path("occurredAt").asText(null));
        feed.publish("rejected", reportId, event.path("occurredAt").asText(null));
    }

    private static void requireEvent(JsonNode event, String field) {
        if (event == null || !event.hasNonNull("reportId") || !event.hasNonNull(field)) {
            throw new IllegalArgumentException("not an event of this topic (undecodable, or no reportId or " + field + ")");
        }
    }
}
