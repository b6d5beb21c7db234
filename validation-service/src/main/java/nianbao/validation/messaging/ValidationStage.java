package nianbao.validation.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.validation.rules.ReportShape;
import nianbao.validation.store.HistoricValidation;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pipeline stage reports-parsed → reports-validated. One parsed report gives its own event and, when it
 * concerns reports that arrived before it (the agency's next year; a near-identical text), one more event for each
 * of them. The incoming record is acknowledged only after every outgoing event is acknowledged by Kafka; an event
 * that is not a {@code reports-parsed.v1} event of a parsed report, or any failure while handling it ({@link Error}s
 * included), nacks it into {@code reports-parsed-dlq} and the next record is handled.
 */
@ApplicationScoped
public class ValidationStage {

    private final HistoricValidation validation;

    public ValidationStage(HistoricValidation validation) {
        this.validation = validation;
    }

    @Incoming("reports-parsed")
    @Outgoing("reports-validated")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Multi<Message<ValidatedEvent>> validate(Message<ParsedEvent> message) {
        return Uni.createFrom().item(() -> guarded(message.getPayload()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToMulti(events -> Multi.createFrom().iterable(messages(message, events)))
                .onFailure().recoverWithMulti(failure -> {
                    Log.warnf("reports-parsed record not validated: %s", failure.getMessage());
                    return Multi.createFrom().completionStage(message.nack(failure)).onItem().transformToMultiAndConcatenate(
                            done -> Multi.createFrom().empty());
                });
    }

    /** Any failure of this one record, an {@link Error} included, becomes an exception that dead-letters it. */
    private List<ValidatedEvent> guarded(ParsedEvent event) {
        try {
            return events(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("validation failed: " + e, e);
        }
    }

    private List<ValidatedEvent> events(ParsedEvent event) {
        if (event == null || event.reportId() == null || event.report() == null) {
            throw new IllegalArgumentException("not a reports-parsed.v1 event (undecodable, or no reportId or report)");
        }
        List<String> problems = ReportShape.problems(event.report());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("not a reports-parsed.v1 event: " + String.join("; ", problems));
        }
        return validation.validate(event.reportId(), event.report()).stream().map(checked -> {
            JsonNode report = checked.report();
            Integer year = report.path("year").canConvertToInt() ? report.path("year").asInt() : null;
            Log.debugf("validated %s: %s %s", checked.reportId(), checked.validation().status(), checked.validation().counts());
            return ValidatedEvent.of(checked.reportId(), report.path("agency").asText(null), year, checked.validation());
        }).toList();
    }

    /** The outgoing messages; the incoming one is acked when all are acked, nacked when any is nacked. */
    private static List<Message<ValidatedEvent>> messages(Message<ParsedEvent> incoming, List<ValidatedEvent> events) {
        AtomicInteger pending = new AtomicInteger(events.size());
        return events.stream().map(event -> Message.of(event)
                .withAck(() -> pending.decrementAndGet() == 0 ? incoming.ack() : CompletableFuture.completedFuture(null))
                .withNack(failure -> incoming.nack(failure))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.reportId()).build())).toList();
    }
}
