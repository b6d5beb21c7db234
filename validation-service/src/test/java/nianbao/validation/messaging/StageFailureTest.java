package nianbao.validation.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nianbao.support.test.TopicRecords;
import nianbao.validation.testing.ConstrainedServiceProfile;
import nianbao.validation.testing.ThrowingRuleValidator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record whose validation fails with an {@link Error} (a rule throws one) is dead-lettered to reports-parsed-dlq,
 * and the next record is validated as usual, even one near-identical to it (validating the failed one again is
 * skipped); an event whose report is not in the contract's shape is dead-lettered too; bad records read in one batch
 * with good ones are dead-lettered alone, their neighbours validated.
 */
@QuarkusTest
@TestProfile(ConstrainedServiceProfile.class)
class StageFailureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static ObjectNode report(String seed, String agency) throws Exception {
        try (InputStream in = StageFailureTest.class.getResourceAsStream("/seeds/" + seed + ".json")) {
            return (ObjectNode) ((ObjectNode) JSON.readTree(in)).put("agency", agency);
        }
    }

    private void publish(String key, ObjectNode report) throws Exception {
        ObjectNode event = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-parsed.v1")
                .put("reportId", key).put("occurredAt", "2026-01-01T00:00:00Z");
        event.set("report", report);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("reports-parsed", key, event.toString())).get();
        }
    }

    /** The events sent together (one producer, one flush), so the stage reads them as one batch. */
    private void publishTogether(Map<String, ObjectNode> reports) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "linger.ms", "100"),
                new StringSerializer(), new StringSerializer())) {
            reports.forEach((key, report) -> {
                ObjectNode event = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-parsed.v1")
                        .put("reportId", key).put("occurredAt", "2026-01-01T00:00:00Z");
                event.set("report", report);
                producer.send(new ProducerRecord<>("reports-parsed", key, event.toString()));
            });
            producer.flush();
        }
    }

    private List<ConsumerRecord<String, String>> read(String topic, String key) {
        return TopicRecords.withKey(bootstrap, topic, key, 1, Duration.ofSeconds(30));
    }

    @Test
    void aRuleThatThrowsAnErrorDeadLettersItsRecordAndTheNextIsValidated() throws Exception {
        String failing = "error-" + UUID.randomUUID();
        String next = "next-" + UUID.randomUUID();

        publish(failing, report("001_f44f10d947acded0", ThrowingRuleValidator.TRIGGER + UUID.randomUUID()));
        publish(next, report("003_823561134eb090dd", "下一个局" + UUID.randomUUID()));

        assertThat(read("reports-parsed-dlq", failing)).singleElement()
                .satisfies(r -> assertThat(r.headers().lastHeader("dead-letter-reason")).isNotNull());
        assertThat(JSON.readTree(read("reports-validated", next).get(0).value()).get("status").asText()).isEqualTo("PASSED");
    }

    @Test
    void aReportThatFailsToValidateAgainDoesNotFailTheReportWhoseArrivalConcernsIt() throws Exception {
        String failing = "error-" + UUID.randomUUID();
        String twin = "twin-" + UUID.randomUUID();

        publish(failing, report("001_f44f10d947acded0", ThrowingRuleValidator.TRIGGER + UUID.randomUUID()));
        assertThat(read("reports-parsed-dlq", failing)).hasSize(1);
        publish(twin, report("001_f44f10d947acded0", "雷同测试局" + UUID.randomUUID()));

        assertThat(JSON.readTree(read("reports-validated", twin).get(0).value()).get("findings"))
                .anySatisfy(f -> assertThat(f.get("ruleId").asText()).isEqualTo("X06"));
    }

    @Test
    void badRecordsInABatchAreDeadLetteredAloneWhileTheirNeighboursAreValidated() throws Exception {
        String before = "before-" + UUID.randomUUID();
        String throwing = "error-" + UUID.randomUUID();
        String shapeless = "shape-" + UUID.randomUUID();
        String after = "after-" + UUID.randomUUID();
        // seeds no other test of this class uses, so no other report finds them near-identical (X06)
        ObjectNode wrongShape = report("002_e0a437375778a97d", "批内形状局" + UUID.randomUUID());
        wrongShape.remove("applications");
        Map<String, ObjectNode> batch = new LinkedHashMap<>();
        batch.put(before, report("000_2f8ee6c9bd0fa497", "批内前局" + UUID.randomUUID()));
        batch.put(throwing, report("001_f44f10d947acded0", ThrowingRuleValidator.TRIGGER + UUID.randomUUID()));
        batch.put(shapeless, wrongShape);
        batch.put(after, report("002_e0a437375778a97d", "批内后局" + UUID.randomUUID()));

        publishTogether(batch);

        assertThat(JSON.readTree(read("reports-validated", before).get(0).value()).get("reportId").asText()).isEqualTo(before);
        assertThat(JSON.readTree(read("reports-validated", after).get(0).value()).get("reportId").asText()).isEqualTo(after);
        assertThat(read("reports-parsed-dlq", throwing)).singleElement()
                .satisfies(r -> assertThat(r.headers().lastHeader("dead-letter-reason")).isNotNull());
        assertThat(read("reports-parsed-dlq", shapeless)).hasSize(1);
    }

    @Test
    void anEventWhoseReportIsNotInTheContractsShapeIsDeadLettered() throws Exception {
        String wrong = "shape-" + UUID.randomUUID();
        ObjectNode report = report("001_f44f10d947acded0", "形状测试局" + UUID.randomUUID());
        report.remove("applications");

        publish(wrong, report);

        assertThat(read("reports-parsed-dlq", wrong)).hasSize(1);
    }
}
