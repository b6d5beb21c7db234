package nianbao.query.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.query.messaging.ValidationFeed.Announcement;
import nianbao.query.store.BatchWrite;
import nianbao.query.store.ReportStore;
import nianbao.query.store.ReportStore.Parsed;
import nianbao.query.store.ReportStore.Rejected;
import nianbao.query.store.ReportStore.Validated;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the read models from the events: parsed reports, validations and rejections (dead letters: {@link
 * DeadLetterProjector}). Records come in batches (docs/processing-model.md), each batch written with a few bulk
 * writes on a worker thread and committed after; every update is an upsert by reportId of the fields that event owns,
 * in the batch's order, so replays and any arrival order give the same state. An event that is not what its topic
 * carries, or that the store refuses for good, is dead-lettered alone; a store that cannot be reached is waited for.
 * Each validation, each parse that completes an earlier validation, and each rejection goes on to the live feed.
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
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onParsed(KafkaRecordBatch<String, JsonNode> batch) {
        return RecordBatches.consume(batch, records -> {
            Projected<Parsed> projected = project(records, event -> {
                requireEvent(event, "report");
                return new Parsed(event.get("reportId").asText(), event.get("report"), event.path("occurredAt").asText(null));
            }, "store parsed reports", store::saveAllParsed);
            Set<String> complete = new HashSet<>(projected.results());
            List<Announcement> completed = new ArrayList<>();
            for (Parsed parsed : projected.written()) {
                if (complete.remove(parsed.reportId())) {
                    completed.add(new Announcement("validated", parsed.reportId(), parsed.occurredAt()));
                }
            }
            feed.publishAll(completed);
            return projected.dead();
        });
    }

    @Incoming("reports-validated")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onValidated(KafkaRecordBatch<String, JsonNode> batch) {
        return RecordBatches.consume(batch, records -> {
            Projected<Validated> projected = project(records, event -> new Validated(ValidatedEvent.of(event).reportId(), event),
                    "store validations", written -> {
                        store.saveAllValidations(written);
                        return List.<String>of();
                    });
            feed.publishAll(projected.written().stream().map(validated -> new Announcement("validated", validated.reportId(),
                    ValidatedEvent.of(validated.event()).occurredAt())).toList());
            return projected.dead();
        });
    }

    @Incoming("reports-rejected")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onRejected(KafkaRecordBatch<String, JsonNode> batch) {
        return RecordBatches.consume(batch, records -> {
            Projected<Rejected> projected = project(records, event -> {
                requireEvent(event, "reason");
                return new Rejected(event.get("reportId").asText(), event.path("fileName").asText(null),
                        event.path("stage").asText("unknown"), event.get("reason").asText(), event.path("occurredAt").asText(null));
            }, "store rejections", written -> {
                store.saveAllRejections(written);
                return List.<String>of();
            });
            feed.publishAll(projected.written().stream()
                    .map(rejected -> new Announcement("rejected", rejected.reportId(), rejected.occurredAt())).toList());
            return projected.dead();
        });
    }

    /** A batch's events written, in order, with what the write returned, and the records dead-lettered with why. */
    private record Projected<T>(List<T> written, List<String> results, Map<KafkaRecord<?, ?>, Throwable> dead) {
    }

    /** Reads each record's event (one that is no event of its topic is dead-lettered), then writes them all. */
    private static <T> Projected<T> project(List<KafkaRecord<String, JsonNode>> records, Function<JsonNode, T> read, String what,
                                            Function<List<T>, ? extends Collection<String>> write) {
        Map<KafkaRecord<?, ?>, Throwable> dead = new IdentityHashMap<>();
        Map<T, KafkaRecord<?, ?>> sources = new IdentityHashMap<>();
        List<T> events = new ArrayList<>();
        for (KafkaRecord<String, JsonNode> record : records) {
            try {
                T event = read.apply(record.getPayload());
                sources.put(event, record);
                events.add(event);
            } catch (RuntimeException e) {
                dead.put(record, e);
            }
        }
        BatchWrite<T, String> written = BatchWrite.of(what, events, write);
        written.refused().forEach((event, failure) -> dead.put(sources.get(event), failure));
        return new Projected<>(events.stream().filter(e -> !written.refused().containsKey(e)).toList(), written.results(), dead);
    }

    private static void requireEvent(JsonNode event, String field) {
        if (event == null || !event.hasNonNull("reportId") || !event.hasNonNull(field)) {
            throw new IllegalArgumentException("not an event of this topic (undecodable, or no reportId or " + field + ")");
        }
    }
}
