package nianbao.processing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a consumer counts as out of its group, from the Kafka client's own metrics. */
class ConsumerGroupReadinessTest {

    @Test
    void aConsumerThatHeartbeatsAndPollsIsInItsGroup() {
        assertThat(ConsumerGroupReadiness.problem(2, 3, 0.5, 45, 300)).isNull();
    }

    @Test
    void aConsumerHoldingPartitionsWithoutHeartbeatsHasLeftItsGroup() {
        assertThat(ConsumerGroupReadiness.problem(2, 60, 0.5, 45, 300)).contains("no heartbeat for 60 s");
    }

    @Test
    void aConsumerThatStoppedPollingHasLeftItsGroup() {
        assertThat(ConsumerGroupReadiness.problem(0, -1, 301, 45, 300)).contains("no poll for 301 s");
    }

    @Test
    void aConsumerWaitingForItsFirstAssignmentIsNotDown() {
        assertThat(ConsumerGroupReadiness.problem(0, 1_800_000_000, 0.2, 45, 300)).isNull();
    }
}
