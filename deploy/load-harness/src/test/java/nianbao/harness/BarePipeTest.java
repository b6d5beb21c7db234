package nianbao.harness;

import nianbao.support.kafka.EmbeddedKafkaBroker;
import nianbao.tools.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The bare pipe carries every report through its four hops on a real broker and leaves no topic of its own behind. */
class BarePipeTest {

    private static EmbeddedKafkaBroker kafka;

    @BeforeAll
    static void broker() throws Exception {
        kafka = EmbeddedKafkaBroker.start();
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(Topics.REPORT_FILES, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void everyReportArrivesAtTheLastHopOnce() throws Exception {
        BarePipe.Figures figures = BarePipe.run(kafka.bootstrapServers(), new SyntheticReports(3, 0.1), 300, 0,
                Duration.ofSeconds(60));

        assertThat(figures.arrived()).isEqualTo(300);
        assertThat(figures.latency().count()).isEqualTo(300);
        assertThat(figures.perSecond()).isPositive();
        try (Admin admin = admin()) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).containsExactly(Topics.REPORT_FILES);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }
}
