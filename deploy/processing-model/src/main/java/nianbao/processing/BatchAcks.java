package nianbao.processing;

import org.jboss.logging.Logger;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Acknowledges one batch of records when all it gave is done: every event it produced acknowledged by Kafka, then every
 * record that can never be processed dead-lettered on its own (nacked into the channel's {@code <topic>-dlq}), and only
 * then the batch's last record of each partition acknowledged, so the committed offset never passes a record whose
 * effects are not written. An event Kafka refuses for good (too large) dead-letters the record it came from.
 */
public final class BatchAcks {

    private static final Logger LOG = Logger.getLogger(BatchAcks.class);

    private final KafkaRecordBatch<?, ?> batch;
    private final Map<KafkaRecord<?, ?>, Throwable> deadLetters = Collections.synchronizedMap(new IdentityHashMap<>());
    private final AtomicInteger pending = new AtomicInteger(1);

    public BatchAcks(KafkaRecordBatch<?, ?> batch) {
        this.batch = batch;
    }

    /** An event of this record: when Kafka acknowledges it, it counts towards the batch's acknowledgement. */
    public <T> Message<T> output(KafkaRecord<?, ?> source, Message<T> event) {
        pending.incrementAndGet();
        return event.withAck(() -> {
            countDown();
            return CompletableFuture.completedFuture(null);
        }).withNack(failure -> {
            deadLetter(source, failure);
            countDown();
            return CompletableFuture.completedFuture(null);
        });
    }

    /** A record that can never be processed: dead-lettered when the batch is done. */
    public void deadLetter(KafkaRecord<?, ?> record, Throwable reason) {
        deadLetters.putIfAbsent(record, reason);
    }

    /** Every output is created: the batch is acknowledged as soon as they are acknowledged (at once when there are none). */
    public void sealed() {
        countDown();
    }

    private void countDown() {
        if (pending.decrementAndGet() == 0) {
            finish();
        }
    }

    private void finish() {
        List<Map.Entry<KafkaRecord<?, ?>, Throwable>> dead;
        synchronized (deadLetters) {
            dead = new ArrayList<>(deadLetters.entrySet());
        }
        CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
        for (Map.Entry<KafkaRecord<?, ?>, Throwable> entry : dead) {
            chain = chain.thenCompose(done -> entry.getKey().nack(entry.getValue()));
        }
        Set<KafkaRecord<?, ?>> nacked = Collections.newSetFromMap(new IdentityHashMap<>());
        dead.forEach(entry -> nacked.add(entry.getKey()));
        for (KafkaRecord<?, ?> last : batch.getLatestOffsetRecords().values()) {
            if (!nacked.contains(last)) {
                chain = chain.thenCompose(done -> last.ack());
            }
        }
        chain.exceptionally(failure -> {
            // not committed: the batch is read again after a restart or a rebalance, and processed idempotently
            LOG.errorf("a batch of %d records could not be acknowledged: %s", batch.getRecords().size(), failure.toString());
            return null;
        });
    }
}
