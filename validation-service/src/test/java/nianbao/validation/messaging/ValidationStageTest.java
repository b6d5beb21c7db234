package nianbao.validation.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nianbao.support.test.KafkaAndMongoTestResource;
import nianbao.support.test.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.hasItem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * validation-service on a real in-JVM broker and the in-memory store: a parsed report becomes a reports-validated
 * event; a 2024 report arriving after the 2025 report of the same agency gives a second event for 2025 with T3-04
 * evaluated; the same event twice leaves the same state and findings; a poison record is dead-lettered.
 */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class ValidationStageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    MongoClient mongo;

    ValidationStageTest(MongoClient mongo) {
        this.mongo = mongo;
    }

    /** Seed 000 (中卫市商务局 2025: 5 applications carried forward) under a fresh agency name and year. */
    private static ObjectNode seed(String agency, int year) throws Exception {
        try (InputStream in = ValidationStageTest.class.getResourceAsStream("/seeds/000_2f8ee6c9bd0fa497.json")) {
            ObjectNode report = (ObjectNode) JSON.readTree(in);
            report.put("agency", agency).put("year", year).put("title", agency + " " + year + " 年政府信息公开工作年度报告");
            report.putArray("sections");
            return report;
        }
    }

    @Test
    void aLateReportOfThePreviousYearGivesASecondEventForTheNextYearWithT304() throws Exception {
        String agency = "跨年测试局" + UUID.randomUUID();
        String id2025 = "r2025-" + UUID.randomUUID();
        String id2024 = "r2024-" + UUID.randomUUID();
        ObjectNode y2025 = seed(agency, 2025);
        ObjectNode y2024 = seed(agency, 2024);
        ((ObjectNode) y2024.at("/applications/carriedForward")).put("naturalPerson", 2).put("total", 2);

        publish(id2025, y2025);
        List<JsonNode> first = readUntil(id2025, 1);
        assertThat(first.get(0).at("/year").asInt()).isEqualTo(2025);
        assertThat(ruleIds(first.get(0))).doesNotContain("T3-04");

        publish(id2024, y2024);
        List<JsonNode> both = readUntil(id2025, 2);
        JsonNode again = both.get(1);
        assertThat(again.get("eventId").asText()).isNotEqualTo(both.get(0).get("eventId").asText());
        assertThat(again.get("type").asText()).isEqualTo("reports-validated.v1");
        assertThat(again.get("agency").asText()).isEqualTo(agency);
        assertThat(again.get("status").asText()).isEqualTo("WARNINGS");
        assertThat(again.get("findings")).filteredOn(f -> f.get("ruleId").asText().equals("T3-04"))
                .extracting(f -> f.at("/cells/0").asText())
                .containsExactly("applications.carriedOver.naturalPerson", "applications.carriedOver.total");
        assertThat(readUntil(id2024, 1).get(0).at("/year").asInt()).isEqualTo(2024);
    }

    @Test
    void theSameEventTwiceLeavesTheSameStateAndFindings() throws Exception {
        String agency = "幂等测试局" + UUID.randomUUID();
        String reportId = "r-" + UUID.randomUUID();
        ObjectNode report = seed(agency, 2025);

        publish(reportId, report);
        readUntil(reportId, 1);
        Document stored = history().find(Filters.eq("reportId", reportId)).first();
        publish(reportId, report);
        List<JsonNode> events = readUntil(reportId, 2);

        assertThat(events.get(1).get("findings")).isEqualTo(events.get(0).get("findings"));
        assertThat(history().countDocuments(Filters.eq("agency", agency))).isEqualTo(1);
        assertThat(history().find(Filters.eq("reportId", reportId)).first()).isEqualTo(stored);
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheNextReportStillGoesThrough() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        String reportId = "r-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("reports-parsed", poisonKey, "{ not an event")).get();
        }
        publish(reportId, seed("毒丸测试局" + UUID.randomUUID(), 2025));

        assertThat(readUntil(reportId, 1)).hasSize(1);
        assertThat(read("reports-parsed-dlq", poisonKey, 1)).hasSize(1);
    }

    private com.mongodb.client.MongoCollection<Document> history() {
        return mongo.getDatabase(database).getCollection("reportHistory");
    }

    private static List<String> ruleIds(JsonNode event) {
        List<String> ids = new ArrayList<>();
        event.get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
        return ids;
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap), new StringSerializer(), new StringSerializer());
    }

    private void publish(String reportId, ObjectNode report) throws Exception {
        ObjectNode event = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-parsed.v1")
                .put("reportId", reportId).put("occurredAt", "2026-01-01T00:00:00Z");
        event.set("report", report);
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("reports-parsed", reportId, event.toString())).get();
        }
    }

    private List<JsonNode> readUntil(String reportId, int count) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> r : read("reports-validated", reportId, count)) {
            events.add(JSON.readTree(r.value()));
        }
        return events;
    }

    private List<ConsumerRecord<String, String>> read(String topic, String key, int count) {
        return TopicRecords.withKey(bootstrap, topic, key, count, Duration.ofSeconds(30));
    }

    @Test
    void readinessWatchesThatEveryKafkaConsumerIsInItsGroup() {
        // the check comes from the shared processing-model module (nianbao.processing.ConsumerGroupReadiness)
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("kafka-consumer-groups"));
    }
}
