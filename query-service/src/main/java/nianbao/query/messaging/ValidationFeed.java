package nianbao.query.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Live validation results for dashboards: each validation stored in the read model is broadcast to every current
 * subscriber. Nothing is buffered for late subscribers; the read model is the place to catch up.
 */
@ApplicationScoped
public class ValidationFeed {

    private final BroadcastProcessor<ValidationNotice> processor = BroadcastProcessor.create();

    /** The live stream (no replay). */
    public Multi<ValidationNotice> stream() {
        return processor.onOverflow().drop();
    }

    void publish(JsonNode event) {
        JsonNode counts = event.path("counts");
        processor.onNext(new ValidationNotice(event.path("reportId").asText(null), event.path("agency").asText(null),
                event.hasNonNull("year") ? event.get("year").asInt() : null, event.path("status").asText(null),
                counts.hasNonNull("error") ? counts.get("error").asInt() : null,
                counts.hasNonNull("warning") ? counts.get("warning").asInt() : null,
                event.path("ruleSetVersion").asText(null), event.path("occurredAt").asText(null)));
    }
}
