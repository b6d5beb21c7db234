package nianbao.parser.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nianbao.support.test.KafkaAndMongoTestResource;
import nianbao.support.test.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.hasItem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * parser-service on a real in-JVM broker: a reports-ingested event becomes a reports-parsed event keyed by its
 * reportId; a poison record (not JSON, or JSON of another shape) lands in the dead-letter topic and the next
 * good one still goes through;
 * {@code POST /parse} answers the contract for text and for a web page.
 */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class ParsingStageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void anIngestedReportIsParsedAndAPoisonRecordIsDeadLettered() throws Exception {
        String seed = Files.readString(Path.of("../samples/000_2f8ee6c9bd0fa497.txt"));
        String reportId = "test-" + UUID.randomUUID();
        var event = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-ingested.v1")
                .put("reportId", reportId).put("occurredAt", "2026-01-01T00:00:00Z").put("text", seed);
        event.putObject("source").put("fileName", "000.txt").put("mediaType", "text/plain");
        String poisonKey = "poison-" + UUID.randomUUID();
        String wrongShapeKey = "wrong-shape-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("reports-ingested", poisonKey, "{ not an event")).get();
            // JSON of another shape decodes (unknown fields are ignored) but has no reportId or text
            producer.send(new ProducerRecord<>("reports-ingested", wrongShapeKey, JSON.createObjectNode()
                    .put("type", "reports-ingested.v1").set("unexpected", JSON.createArrayNode().add(1)).toString())).get();
            producer.send(new ProducerRecord<>("reports-ingested", reportId, event.toString())).get();
        }

        List<ConsumerRecord<String, String>> parsed = readUntil("reports-parsed", reportId);
        JsonNode out = JSON.readTree(parsed.get(0).value());
        assertThat(out.get("type").asText()).isEqualTo("reports-parsed.v1");
        assertThat(out.at("/report/agency").asText()).isEqualTo("中卫市商务局");
        assertThat(out.at("/report/applications/newReceived/total").asInt()).isEqualTo(7);
        assertThat(readUntil("reports-ingested-dlq", poisonKey)).isNotEmpty();
        assertThat(readUntil("reports-ingested-dlq", wrongShapeKey)).isNotEmpty();
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void parseAnswersTheContractForTextAndForAWebPage() {
        given().contentType("text/plain; charset=UTF-8").body("石嘴山市商务局 2023 年政府信息公开工作年度报告\n\n一、总体情况\n\n无。\n")
                .post("/parse").then().statusCode(200).body("agency", equalTo("石嘴山市商务局")).body("year", equalTo(2023));
        given().contentType("text/html; charset=UTF-8")
                .body("<html><body><h1>中卫市商务局2025年政府信息公开工作年度报告</h1><p>四、政府信息公开行政复议、行政诉讼情况</p>"
                        + "<table><tr><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td>"
                        + "<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr></table></body></html>")
                .post("/parse").then().statusCode(200)
                .body("agency", equalTo("中卫市商务局"))
                .body("reviewsAndLawsuits.review.total", equalTo(1));
    }

    private List<ConsumerRecord<String, String>> readUntil(String topic, String key) {
        return TopicRecords.withKey(bootstrap, topic, key, 1, Duration.ofSeconds(30));
    }

    @Test
    void readinessWatchesThatEveryKafkaConsumerIsInItsGroup() {
        // the check comes from the shared processing-model module (nianbao.processing.ConsumerGroupReadiness)
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("kafka-consumer-groups"));
    }
}
