package nianbao.query.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.query.store.ReportStore;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

/**
 * Builds the read models from the events: parsed reports, validations, rejections and dead letters. Every update
 * is an upsert by reportId of the fields that event owns, so replays and any arrival order give the same state.
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
        store.saveParsed(event.get("reportId").asText(), event.get("report"), event.path("occurredAt").asText(null));
    }

    @Incoming("reports-validated")
    @Blocking
    public void onValidated(JsonNode event) {
        requireEvent(event, "status");
        store.saveValidation(event.get("reportId").asText(), event);
        feed.publish(event);
    }

    @Incoming("reports-rejected")
    @Blocking
    public void onRejected(JsonNode event) {
        requireEvent(event, "reason");
        store.saveRejection(event.get("reportId").asText(), event.path("fileName").asText(null),
                event.path("stage").asText("unknown"), event.get("reason").asText(), event.path("occurredAt").asText(null));
    }

    /** A record that no stage could process: kept as a rejection so that nothing disappears silently. */
    @Incoming("dead-letters")
    @Blocking
    public CompletionStage<Void> onDeadLetter(Message<byte[]> message) {
        var record = message.getMetadata(IncomingKafkaRecordMetadata.class).orElse(null);
        if (record != null) {
            String key = record.getKey() == null ? null : record.getKey().toString();
            String reportId = key != null && !key.isBlank() ? key
                    : "dead-letter:" + record.getTopic() + "-" + record.getPartition() + "@" + record.getOffset();
            String reason = header(record, "dead-letter-reason");
            store.saveRejection(reportId, header(record, "filename"), "dead-letter:" + record.getTopic(),
                    reason == null ? "could not be processed" : reason, null);
            Log.infof("dead letter on %s for %s: %s", record.getTopic(), reportId, reason);
        }
        return message.ack();
    }

    private static void requireEvent(JsonNode event, String field) {
        if (event == null || !event.hasNonNull("reportId") || !event.hasNonNull(field)) {
            throw new IllegalArgumentException("not an event of this topic (undecodable, or no reportId or " + field + ")");
        }
    }

    private static String header(IncomingKafkaRecordMetadata<?, ?> record, String name) {
        Header header = record.getHeaders().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
