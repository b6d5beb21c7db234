package nianbao.validation.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.validation.rules.Validation;
import nianbao.validation.rules.Validator;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * The pipeline stage reports-parsed → reports-validated. An event that is not a {@code reports-parsed.v1} event
 * is nacked and lands in {@code reports-parsed-dlq}.
 */
@ApplicationScoped
public class ValidationStage {

    private final Validator validator;

    public ValidationStage(Validator validator) {
        this.validator = validator;
    }

    @Incoming("reports-parsed")
    @Outgoing("reports-validated")
    public Message<ValidatedEvent> validate(Message<ParsedEvent> message) {
        ParsedEvent event = message.getPayload();
        if (event == null || event.reportId() == null || event.report() == null || !event.report().isObject()) {
            throw new IllegalArgumentException("not a reports-parsed.v1 event (undecodable, or no reportId or report)");
        }
        JsonNode report = event.report();
        Validation validation = validator.validate(report);
        Integer year = report.path("year").isInt() ? report.path("year").asInt() : null;
        ValidatedEvent validated = ValidatedEvent.of(event.reportId(), report.path("agency").asText(null), year, validation);
        Log.debugf("validated %s: %s %s", event.reportId(), validation.status(), validation.counts());
        return message.withPayload(validated)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.reportId()).build());
    }
}
