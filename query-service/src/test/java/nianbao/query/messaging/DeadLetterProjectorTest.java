package nianbao.query.messaging;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import nianbao.query.store.DeadLetter;
import nianbao.query.store.ReportStore.Dead;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dead-letter channel never drops a dead letter: a store that cannot be reached is waited for until the batch is
 * recorded, a dead letter the store refuses for good is answered as a failure (so its record is nacked and the channel's
 * fail strategy stops it uncommitted) while its batch neighbours are recorded, and the reason recorded is the most
 * precise one the record carries.
 */
class DeadLetterProjectorTest {

    @Test
    void aStoreThatCannotBeReachedForAWhileIsWaitedForUntilTheBatchIsRecorded() {
        AtomicInteger attempts = new AtomicInteger();
        List<Dead> recorded = new ArrayList<>();
        DeadLetterProjector projector = new DeadLetterProjector(batch -> {
            if (attempts.incrementAndGet() < 3) {
                throw new MongoSocketOpenException("store unavailable", new ServerAddress());
            }
            recorded.addAll(batch);
            return List.of();
        }, null);

        List<Throwable> failures = projector.recordAll(List.of(
                metadata(record("report-1", "dead-letter-reason", "not an event of this topic")),
                metadata(record("report-2", "dead-letter-reason", "shape"))));

        assertThat(failures).containsOnlyNulls().hasSize(2);
        assertThat(attempts).hasValue(3);
        assertThat(recorded).extracting(Dead::reportId).containsExactly("report-1", "report-2");
        assertThat(recorded.get(0).deadLetter()).isEqualTo(new DeadLetter("reports-parsed-dlq", 1, 42,
                "not an event of this topic", "2026-03-01T00:00:00Z"));
    }

    @Test
    void aDeadLetterTheStoreRefusesIsAFailureNeverDroppedAndItsNeighboursAreRecorded() {
        List<String> recorded = new ArrayList<>();
        DeadLetterProjector projector = new DeadLetterProjector(batch -> {
            if (batch.stream().anyMatch(d -> d.reportId().equals("too-large"))) {
                throw new MongoWriteException(new WriteError(10334, "document too large", new BsonDocument()), new ServerAddress());
            }
            batch.forEach(d -> recorded.add(d.reportId()));
            return List.of();
        }, null);

        List<Throwable> failures = projector.recordAll(List.of(metadata(record("before", "dead-letter-reason", "x")),
                metadata(record("too-large", "dead-letter-reason", "x")), metadata(record("after", "dead-letter-reason", "x"))));

        assertThat(recorded).containsExactly("before", "after");
        assertThat(failures.get(0)).isNull();
        assertThat(failures.get(1)).isInstanceOf(MongoWriteException.class);
        assertThat(failures.get(2)).isNull();
    }

    @Test
    void aRecordRefusedForItsSizeIsRecordedWithTheRefusalAndARecordWithoutKeyUnderItsPosition() {
        List<Dead> recorded = new ArrayList<>();
        DeadLetterProjector projector = new DeadLetterProjector(batch -> {
            recorded.addAll(batch);
            return List.of();
        }, null);
        ConsumerRecord<String, byte[]> refused = record(null, "dead-letter-reason", "not an event of this topic");
        refused.headers().add(JsonEventDeserializer.REFUSED_HEADER, "event of 5000000 bytes on reports-validated is over the limit"
                .getBytes(StandardCharsets.UTF_8));

        projector.recordAll(List.of(metadata(refused)));

        assertThat(recorded).singleElement().satisfies(d -> {
            assertThat(d.reportId()).isEqualTo("dead-letter:reports-parsed-dlq-1@42");
            assertThat(d.deadLetter().reason()).isEqualTo("event of 5000000 bytes on reports-validated is over the limit");
        });
    }

    private static IncomingKafkaRecordMetadata<?, ?> metadata(ConsumerRecord<String, byte[]> record) {
        return new IncomingKafkaRecordMetadata<>(record, "dead-letters");
    }

    private static ConsumerRecord<String, byte[]> record(String key, String header, String value) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(new RecordHeader(header, value.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>("reports-parsed-dlq", 1, 42, 1_772_323_200_000L, TimestampType.CREATE_TIME, 0, 0, key,
                new byte[]{1, 2}, headers, Optional.empty());
    }
}
