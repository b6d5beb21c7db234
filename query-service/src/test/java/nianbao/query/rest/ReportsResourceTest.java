package nianbao.query.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.hasItem;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * query-service on a real in-JVM broker and store: events in any order and any number of times give one report
 * with the right status; bad parameters get a 400 that says which and why.
 */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class ReportsResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void connect() {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap), new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    @Test
    void aValidationBeforeItsParseAndEveryEventTwiceGiveOneReportWithTheRightStatus() throws Exception {
        String reportId = UUID.randomUUID().toString();
        String agency = "顺序测试局" + reportId.substring(0, 8);
        send("reports-validated", reportId, validated(reportId, agency, "ERRORS"));
        send("reports-validated", reportId, validated(reportId, agency, "ERRORS"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/reports/" + reportId).then().statusCode(200).body("status", equalTo("PENDING")));

        send("reports-parsed", reportId, parsed(reportId, agency));
        send("reports-parsed", reportId, parsed(reportId, agency));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/reports/" + reportId).then().statusCode(200)
                        .body("status", equalTo("ERRORS"))
                        .body("agency", equalTo(agency))
                        .body("applications.newReceived.total", equalTo(7)));
        given().queryParam("agency", agency).get("/reports").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("ERRORS"))
                .body("items[0].errors", equalTo(1));
        given().get("/reports/" + reportId + "/findings").then().statusCode(200)
                .body("findings[0].ruleId", equalTo("T3-01"));
    }

    @Test
    void aRejectionIsListedWithItsReason() throws Exception {
        String reportId = UUID.randomUUID().toString();
        ObjectNode rejected = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-rejected.v1")
                .put("reportId", reportId).put("occurredAt", "2026-01-01T00:00:00Z").put("fileName", "scan.pdf")
                .put("stage", "ingest").put("reason", "unsupported format: application/pdf");
        send("reports-rejected", reportId, rejected.toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/reports/" + reportId).then().statusCode(200)
                        .body("status", equalTo("REJECTED"))
                        .body("rejection.reason", containsString("application/pdf")));
    }

    @Test
    void badParametersSayWhichAndWhy() {
        given().queryParam("year", "twenty").get("/reports").then().statusCode(400).body("detail", containsString("year"));
        given().queryParam("size", "100000").get("/reports").then().statusCode(400).body("detail", containsString("size"));
        given().queryParam("status", "GREEN").get("/reports").then().statusCode(400).body("detail", containsString("status"));
        given().queryParam("agency", ".*(").get("/reports").then().statusCode(200).body("total", equalTo(0));
        given().get("/reports/no-such-report").then().statusCode(404);
    }

    private void send(String topic, String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get();
    }

    private static String parsed(String reportId, String agency) {
        ObjectNode event = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-parsed.v1")
                .put("reportId", reportId).put("occurredAt", "2026-01-01T00:00:00Z");
        ObjectNode report = event.putObject("report").put("reportId", reportId).put("agency", agency).put("year", 2025)
                .put("title", agency + " 2025 年政府信息公开工作年度报告").put("template", "2021");
        report.putObject("applications").putObject("newReceived").put("naturalPerson", 7).put("total", 7);
        report.putObject("source").put("fileName", "x.txt");
        return event.toString();
    }

    private static String validated(String reportId, String agency, String status) {
        ObjectNode event = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-validated.v1")
                .put("reportId", reportId).put("occurredAt", "2026-01-01T00:00:01Z").put("agency", agency).put("year", 2025)
                .put("ruleSetVersion", "test").put("status", status);
        event.putObject("counts").put("error", 1).put("warning", 0).put("info", 0);
        event.putArray("findings").addObject().put("ruleId", "T3-01").put("severity", "error");
        return event.toString();
    }

    @Test
    void readinessWatchesThatEveryKafkaConsumerIsInItsGroup() {
        // the check comes from the shared processing-model module (nianbao.processing.ConsumerGroupReadiness)
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("kafka-consumer-groups"));
    }
}
