package nianbao.query.messaging;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nianbao.query.store.BatchWrite;
import nianbao.query.store.DeadLetter;
import nianbao.query.store.ReportStore;
import nianbao.query.store.ReportStore.Dead;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records every record a stage gave up on (the channel {@code dead-letters}: the five {@code <topic>-dlq} topics of
 * docs/events.md, by name) as a dead letter under the record's key, so that nothing disappears silently. Records come
 * in batches (docs/processing-model.md), recorded with a few bulk writes; a store that cannot be reached is waited for,
 * with backoff, for as long as it takes. A dead letter the store refuses for good is nacked, and the channel's failure
 * strategy ({@code fail}) stops the channel and reports it in the health checks, uncommitted, rather than dropping it.
 */
@ApplicationScoped
public class DeadLetterProjector {

    /** Where a batch of dead letters goes: the read model; answers the ids of the reports they made REJECTED. */
    @FunctionalInterface
    interface Recorder {
        Collection<String> record(List<Dead> batch);
    }

    private final Recorder recorder;
    private final ValidationFeed feed;

    @Inject
    public DeadLetterProjector(ReportStore store, ValidationFeed feed) {
        this(store::saveAllDeadLetters, feed);
    }

    DeadLetterProjector(Recorder recorder, ValidationFeed feed) {
        this.recorder = recorder;
        this.feed = feed;
    }

    @Incoming("dead-letters")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onDeadLetters(KafkaRecordBatch<String, byte[]> batch) {
        return RecordBatches.consume(batch, records -> {
            List<IncomingKafkaRecordMetadata<?, ?>> metadata = new ArrayList<>();
            for (KafkaRecord<String, byte[]> record : records) {
                metadata.add(record.getMetadata(IncomingKafkaRecordMetadata.class).orElse(null));
            }
            List<Throwable> failures = recordAll(metadata);
            Map<KafkaRecord<?, ?>, Throwable> refused = new IdentityHashMap<>();
            for (int i = 0; i < records.size(); i++) {
                if (failures.get(i) != null) {
                    refused.put(records.get(i), failures.get(i));
                }
            }
            return refused;
        });
    }

    /**
     * Records the dead letters of these records (in their order): for each, null when it is recorded, else why it is
     * not (a record without its Kafka metadata, or one the store refuses for good).
     */
    List<Throwable> recordAll(List<IncomingKafkaRecordMetadata<?, ?>> records) {
        List<Throwable> failures = new ArrayList<>();
        List<Dead> batch = new ArrayList<>();
        Map<Dead, Integer> positions = new IdentityHashMap<>();
        for (IncomingKafkaRecordMetadata<?, ?> record : records) {
            if (record == null) {
                failures.add(new IllegalStateException("a dead letter without its Kafka record"));
                continue;
            }
            Dead dead = dead(record);
            positions.put(dead, failures.size());
            failures.add(null);
            batch.add(dead);
        }
        BatchWrite<Dead, String> written = BatchWrite.of("record dead letters", batch, recorder::record);
        written.refused().forEach((dead, failure) -> {
            Log.errorf("dead letter on %s@%d for %s refused by the store (%s); stopping the channel", dead.deadLetter().topic(),
                    dead.deadLetter().offset(), dead.reportId(), failure.toString());
            failures.set(positions.get(dead), failure);
        });
        Set<String> rejected = new HashSet<>(written.results());
        List<ValidationFeed.Announcement> announced = new ArrayList<>();
        for (Dead dead : batch) {
            if (!written.refused().containsKey(dead)) {
                Log.infof("dead letter on %s for %s: %s", dead.deadLetter().topic(), dead.reportId(), dead.deadLetter().reason());
                if (rejected.remove(dead.reportId())) {
                    announced.add(new ValidationFeed.Announcement("rejected", dead.reportId(), dead.deadLetter().at()));
                }
            }
        }
        if (feed != null) {
            feed.publishAll(announced);
        }
        return failures;
    }

    private static Dead dead(IncomingKafkaRecordMetadata<?, ?> record) {
        String key = record.getKey() == null ? null : record.getKey().toString();
        String reportId = key != null && !key.isBlank() ? key
                : "dead-letter:" + record.getTopic() + "-" + record.getPartition() + "@" + record.getOffset();
        // a record query-service refused for its size says so in its own header; the dead-letter reason is generic then
        String refused = header(record, JsonEventDeserializer.REFUSED_HEADER);
        DeadLetter deadLetter = new DeadLetter(record.getTopic(), record.getPartition(), record.getOffset(),
                refused != null ? refused : header(record, "dead-letter-reason"),
                record.getTimestamp() == null ? null : record.getTimestamp().toString());
        return new Dead(reportId, deadLetter, header(record, "filename"));
    }

    private static String header(IncomingKafkaRecordMetadata<?, ?> record, String name) {
        Header header = record.getHeaders().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
