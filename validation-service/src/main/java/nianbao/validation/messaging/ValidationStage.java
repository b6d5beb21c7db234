package nianbao.validation.messaging;

import nianbao.processing.BatchAcks;
import nianbao.processing.StoreRetry;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.validation.rules.ReportShape;
import nianbao.validation.store.HistoricValidation;
import nianbao.validation.store.HistoricValidation.Arrived;
import nianbao.validation.store.HistoricValidation.Outcome;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline stage reports-parsed → reports-validated. Records come in batches (docs/processing-model.md),
 * handled on a worker thread: the batch is kept and read in a few bulk operations ({@link HistoricValidation}), its
 * reports validated in their order, and it is committed once every event it gave is acknowledged by Kafka. One parsed
 * report gives its own event and, when it concerns reports that arrived before it (the agency's next year; a
 * near-identical text), one more event for each of them. A store that cannot be reached is waited for, never taken for
 * a bad record. An event that is not a {@code reports-parsed.v1} event of a parsed report, or any failure while
 * validating it ({@link Error}s included), dead-letters that record alone into {@code reports-parsed-dlq}; a store that
 * refuses a batch for good (a report too large to keep) is handled report by report, so only that report is.
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
    public Multi<Message<ValidatedEvent>> validate(KafkaRecordBatch<String, ParsedEvent> batch) {
        return Uni.createFrom().item(() -> handle(batch)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(StoreRetry::isInterruption).recoverWithItem(() -> {
                    // the service is stopping while it waits for the store: the batch stays uncommitted, read again
                    Log.infof("a batch of %d reports-parsed records left unacknowledged: stopping", batch.getRecords().size());
                    return List.of();
                })
                .onItem().transformToMulti(events -> Multi.createFrom().iterable(events));
    }

    private List<Message<ValidatedEvent>> handle(KafkaRecordBatch<String, ParsedEvent> batch) {
        BatchAcks acks = new BatchAcks(batch);
        List<KafkaRecord<String, ParsedEvent>> records = new ArrayList<>();
        List<Arrived> arrived = new ArrayList<>();
        for (KafkaRecord<String, ParsedEvent> record : batch.getRecords()) {
            String problem = guardedProblem(record.getPayload());
            if (problem != null) {
                Log.warnf("reports-parsed record not validated: %s", problem);
                acks.deadLetter(record, new IllegalArgumentException(problem));
            } else {
                records.add(record);
                arrived.add(new Arrived(record.getPayload().reportId(), record.getPayload().report()));
            }
        }
        List<Outcome> outcomes = outcomes(arrived);
        List<Message<ValidatedEvent>> events = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (outcome.failure() != null) {
                Log.warnf("reports-parsed record not validated: %s", outcome.failure().toString());
                acks.deadLetter(records.get(i), outcome.failure() instanceof RuntimeException e ? e
                        : new IllegalStateException("validation failed: " + outcome.failure(), outcome.failure()));
                continue;
            }
            for (HistoricValidation.Checked checked : outcome.checked()) {
                events.add(acks.output(records.get(i), message(checked)));
            }
        }
        acks.sealed();
        return events;
    }

    /** The batch's outcomes; when the store refuses the batch for good, each report's on its own. */
    private List<Outcome> outcomes(List<Arrived> arrived) {
        try {
            return validation.validateAll(arrived);
        } catch (RuntimeException | Error e) {
            if (StoreRetry.isInterruption(e)) {
                throw e;
            }
            Log.warnf("a batch of %d reports-parsed records failed (%s); validating its reports one by one", arrived.size(),
                    e.getClass().getSimpleName());
            List<Outcome> outcomes = new ArrayList<>();
            for (Arrived one : arrived) {
                try {
                    outcomes.add(validation.validateAll(List.of(one)).get(0));
                } catch (RuntimeException | Error failure) {
                    if (StoreRetry.isInterruption(failure)) {
                        throw failure;
                    }
                    outcomes.add(new Outcome(List.of(), failure));
                }
            }
            return outcomes;
        }
    }

    /** {@link #problem}, where a failure to tell (an {@link Error} included) is a problem of that record alone. */
    private static String guardedProblem(ParsedEvent event) {
        try {
            return problem(event);
        } catch (RuntimeException | Error e) {
            return "not a reports-parsed.v1 event: its shape could not be checked (" + e.getClass().getSimpleName() + ")";
        }
    }

    /** Why the event is no {@code reports-parsed.v1} event of a parsed report; null when it is one. */
    private static String problem(ParsedEvent event) {
        if (event == null || event.reportId() == null || event.report() == null) {
            return "not a reports-parsed.v1 event (undecodable, or no reportId or report)";
        }
        List<String> problems = ReportShape.problems(event.report());
        return problems.isEmpty() ? null : "not a reports-parsed.v1 event: " + String.join("; ", problems);
    }

    private static Message<ValidatedEvent> message(HistoricValidation.Checked checked) {
        JsonNode report = checked.report();
        Integer year = report.path("year").canConvertToInt() ? report.path("year").asInt() : null;
        Log.debugf("validated %s: %s %s", checked.reportId(), checked.validation().status(), checked.validation().counts());
        ValidatedEvent event = ValidatedEvent.of(checked.reportId(), report.path("agency").asText(null), year, checked.validation());
        return Message.of(event).addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.reportId()).build());
    }
}
