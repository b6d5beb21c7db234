package nianbao.query.messaging;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import nianbao.query.store.DeadLetter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dead-letter channel never drops a dead letter: a store that fails for a while is retried, one that keeps failing
 * gets the record nacked (so the channel's fail strategy stops it uncommitted), and the reason recorded is the most
 * precise one the record carries.
 */
class DeadLetterProjectorTest {

    private static final Duration QUICK = Duration.ofMillis(1);

    @Test
    void aStoreThatFailsForAWhileIsRetriedUntilTheDeadLetterIsRecorded() {
        AtomicInteger attempts = new AtomicInteger();
        List<DeadLetter> recorded = new ArrayList<>();
        DeadLetterProjector projector = new DeadLetterProjector((id, letter, file) -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("store unavailable");
            }
            recorded.add(letter);
        }, QUICK, QUICK, 5);
        Outcome outcome = new Outcome();

        projector.onDeadLetter(outcome.message(record("report-1", "dead-letter-reason", "not an event of this topic")))
                .await().atMost(Duration.ofSeconds(10));

        assertThat(outcome.acked).isTrue();
        assertThat(outcome.nacked).isEmpty();
        assertThat(recorded).singleElement().isEqualTo(new DeadLetter("reports-parsed-dlq", 1, 42,
                "not an event of this topic", "2026-03-01T00:00:00Z"));
    }

    @Test
    void aStoreThatKeepsFailingGetsTheRecordNackedNeverAcked() {
        AtomicInteger attempts = new AtomicInteger();
        DeadLetterProjector projector = new DeadLetterProjector((id, letter, file) -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("store unavailable");
        }, QUICK, QUICK, 3);
        Outcome outcome = new Outcome();

        projector.onDeadLetter(outcome.message(record("report-2", "dead-letter-reason", "x"))).await().atMost(Duration.ofSeconds(10));

        assertThat(attempts).hasValue(4);
        assertThat(outcome.acked).isFalse();
        assertThat(outcome.nacked).get().satisfies(e -> assertThat(e).hasMessage("store unavailable"));
    }

    @Test
    void aRecordRefusedForItsSizeIsRecordedWithTheRefusalAndARecordWithoutKeyUnderItsPosition() {
        List<String> ids = new ArrayList<>();
        List<DeadLetter> recorded = new ArrayList<>();
        DeadLetterProjector projector = new DeadLetterProjector((id, letter, file) -> {
            ids.add(id);
            recorded.add(letter);
        }, QUICK, QUICK, 0);
        ConsumerRecord<String, byte[]> refused = record(null, "dead-letter-reason", "not an event of this topic");
        refused.headers().add(JsonEventDeserializer.REFUSED_HEADER, "event of 5000000 bytes on reports-validated is over the limit"
                .getBytes(StandardCharsets.UTF_8));

        projector.onDeadLetter(new Outcome().message(refused)).await().atMost(Duration.ofSeconds(10));

        assertThat(ids).containsExactly("dead-letter:reports-parsed-dlq-1@42");
        assertThat(recorded).singleElement().extracting(DeadLetter::reason)
                .isEqualTo("event of 5000000 bytes on reports-validated is over the limit");
    }

    private static ConsumerRecord<String, byte[]> record(String key, String header, String value) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(new RecordHeader(header, value.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>("reports-parsed-dlq", 1, 42, 1_772_323_200_000L, TimestampType.CREATE_TIME, 0, 0, key,
                new byte[]{1, 2}, headers, Optional.empty());
    }

    /** The message of a record, remembering whether it was acked or nacked. */
    private static final class Outcome {
        boolean acked;
        Optional<Throwable> nacked = Optional.empty();

        Message<byte[]> message(ConsumerRecord<String, byte[]> record) {
            return Message.of(record.value(), Metadata.of(new IncomingKafkaRecordMetadata<>(record, "dead-letters")), () -> {
                acked = true;
                return CompletableFuture.completedFuture(null);
            }, failure -> {
                nacked = Optional.of(failure);
                return CompletableFuture.completedFuture(null);
            });
        }
    }
}
