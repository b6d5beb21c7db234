package nianbao.query.messaging;

import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The rebalance listener alone, on a mock consumer: rewinds and commits once per partition, only for an empty store. */
class ReplayFromStartTest {

    private static final TopicPartition P0 = new TopicPartition("reports-parsed", 0);
    private static final TopicPartition P1 = new TopicPartition("reports-parsed", 1);

    @Test
    void anEmptyStoreRewindsEveryPartitionToItsBeginningAndCommitsIt() {
        MockConsumer<String, String> consumer = consumerAt(Map.of(P0, 40L, P1, 7L), Map.of(P0, 3L, P1, 0L));
        new ReplayFromStart(true).onPartitionsAssigned(consumer, List.of(P0, P1));

        assertThat(consumer.position(P0)).isEqualTo(3);
        assertThat(consumer.position(P1)).isZero();
        assertThat(consumer.committed(Set.of(P0, P1))).containsEntry(P0, new OffsetAndMetadata(3))
                .containsEntry(P1, new OffsetAndMetadata(0));
    }

    @Test
    void onlyTheFirstAssignmentOfAPartitionIsRewound() {
        ReplayFromStart listener = new ReplayFromStart(true);
        MockConsumer<String, String> consumer = consumerAt(Map.of(P0, 40L), Map.of(P0, 0L));
        listener.onPartitionsAssigned(consumer, List.of(P0));
        consumer.seek(P0, 25);

        listener.onPartitionsAssigned(consumer, List.of(P0));

        assertThat(consumer.position(P0)).isEqualTo(25);
    }

    @Test
    void aStoreThatHeldReportsAtStartupKeepsTheCommittedOffsets() {
        MockConsumer<String, String> consumer = consumerAt(Map.of(P0, 40L, P1, 7L), Map.of(P0, 0L, P1, 0L));
        new ReplayFromStart(false).onPartitionsAssigned(consumer, List.of(P0, P1));

        assertThat(consumer.position(P0)).isEqualTo(40);
        assertThat(consumer.position(P1)).isEqualTo(7);
    }

    private static MockConsumer<String, String> consumerAt(Map<TopicPartition, Long> committed, Map<TopicPartition, Long> beginning) {
        MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
        consumer.assign(committed.keySet());
        consumer.updateBeginningOffsets(beginning);
        committed.forEach((partition, offset) -> consumer.seek(partition, offset));
        consumer.commitSync(Map.copyOf(committed.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue())))));
        return consumer;
    }
}
