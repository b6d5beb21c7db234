package nianbao.query.messaging;

import nianbao.processing.StoreRetry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Handles one batch of records on a worker thread, then acknowledges it (docs/processing-model.md): each record the work
 * gave up on is nacked on its own (the channel's failure strategy dead-letters it, or stops the channel), and only then
 * the batch's last record of each partition is acked, which commits the batch. The consumer reads no further batch
 * meanwhile, so a batch waiting for the store holds its channel.
 */
final class RecordBatches {

    private RecordBatches() {
    }

    /** Runs the work, which answers the records it gave up on with why, and acknowledges the batch after it. */
    static <K, V> Uni<Void> consume(KafkaRecordBatch<K, V> batch, Function<List<KafkaRecord<K, V>>, Map<KafkaRecord<?, ?>, Throwable>> work) {
        return Uni.createFrom().item(() -> work.apply(batch.getRecords()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUni(dead -> Uni.createFrom().completionStage(acknowledge(batch, dead)))
                .onFailure(StoreRetry::isInterruption).recoverWithUni(() -> {
                    // the service is stopping while the batch waits for the store: uncommitted, it is read again
                    Log.infof("a batch of %d records left unacknowledged: stopping", batch.getRecords().size());
                    return Uni.createFrom().voidItem();
                })
                .onFailure().recoverWithUni(failure -> {
                    // the work guards each record; anything else leaves the batch uncommitted, read again after a restart
                    Log.errorf("a batch of %d records failed: %s", batch.getRecords().size(), failure.toString());
                    return Uni.createFrom().completionStage(batch.nack(failure));
                });
    }

    private static CompletionStage<Void> acknowledge(KafkaRecordBatch<?, ?> batch, Map<KafkaRecord<?, ?>, Throwable> dead) {
        CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
        for (KafkaRecord<?, ?> record : batch.getRecords()) {
            Throwable reason = dead.get(record);
            if (reason != null) {
                chain = chain.thenCompose(done -> record.nack(reason));
            }
        }
        Set<KafkaRecord<?, ?>> nacked = Collections.newSetFromMap(new IdentityHashMap<>());
        nacked.addAll(dead.keySet());
        for (KafkaRecord<?, ?> last : batch.getLatestOffsetRecords().values()) {
            if (!nacked.contains(last)) {
                chain = chain.thenCompose(done -> last.ack());
            }
        }
        return chain;
    }
}
