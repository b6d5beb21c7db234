package nianbao.query.messaging;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nianbao.query.store.ReportStore;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds the read models from the topics when the store is empty at startup (a fresh in-memory store, a dropped
 * database): the first time each partition is assigned, its consumer is moved to the beginning and that position is
 * committed, even if the consumer group had committed offsets. The projector is idempotent, so a replay is safe.
 */
@ApplicationScoped
@Startup
@Identifier(ReplayFromStart.NAME)
public class ReplayFromStart implements KafkaConsumerRebalanceListener {

    /** The name channels refer to: {@code consumer-rebalance-listener.name}. */
    public static final String NAME = "replay-from-start-when-store-empty";
    private final boolean replay;
    private final Set<TopicPartition> rewound = ConcurrentHashMap.newKeySet();

    @Inject
    public ReplayFromStart(ReportStore store) {
        this(store.isEmpty());
    }

    ReplayFromStart(boolean storeEmptyAtStartup) {
        this.replay = storeEmptyAtStartup;
        if (replay) {
            Log.infof("the reports store is empty: reading every event topic from the beginning");
        }
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (!replay) {
            return;
        }
        var firstTime = partitions.stream().filter(rewound::add).toList();
        if (firstTime.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
        consumer.beginningOffsets(firstTime).forEach((partition, offset) -> {
            consumer.seek(partition, offset);
            start.put(partition, new OffsetAndMetadata(offset));
        });
        try {
            // committed too, so that a restart during the replay continues it instead of the old offsets
            consumer.commitSync(start);
        } catch (RuntimeException e) {
            Log.warnf("replay of %s: could not commit the beginning (%s); reading from it anyway", firstTime, e.toString());
        }
        Log.infof("replaying %s from the beginning", firstTime);
    }
}
