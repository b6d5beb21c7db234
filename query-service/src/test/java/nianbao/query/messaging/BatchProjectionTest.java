package nianbao.query.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nianbao.query.rest.TestEvents.JSON;
import static nianbao.query.rest.TestEvents.id;
import static nianbao.query.rest.TestEvents.report;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Events read in one batch (sent together, one flush): a bad record among them is dead-lettered alone and recorded as
 * its report's dead letter, while its neighbours before and after it are written; of two validations of one report in
 * the batch, the later wins.
 */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class BatchProjectionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aBadValidationInABatchIsDeadLetteredAloneAndItsNeighboursAreWritten() {
        String p = "批次省" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode before = report("批前局", 2025, p, "一市", null, "2026-01-05T00:00:00Z");
        ObjectNode bad = report("批坏局", 2025, p, "一市", null, "2026-01-05T00:00:00Z");
        ObjectNode after = report("批后局", 2025, p, "一市", null, "2026-01-05T00:00:00Z");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "linger.ms", "100"),
                new StringSerializer(), new StringSerializer())) {
            for (ObjectNode r : List.of(before, bad, after)) {
                producer.send(new ProducerRecord<>("reports-parsed", id(r), parsed(r)));
            }
            producer.send(new ProducerRecord<>("reports-validated", id(before), validated(before, "ERRORS")));
            producer.send(new ProducerRecord<>("reports-validated", id(bad), validated(bad, "GREEN")));
            producer.send(new ProducerRecord<>("reports-validated", id(after), validated(after, "PASSED")));
            producer.send(new ProducerRecord<>("reports-validated", id(before), validated(before, "WARNINGS")));
            producer.flush();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/reports/" + id(before)).then().statusCode(200).body("status", equalTo("WARNINGS"));
            given().get("/reports/" + id(after)).then().statusCode(200).body("status", equalTo("PASSED"));
            given().get("/reports/" + id(bad)).then().statusCode(200).body("status", equalTo("REJECTED"))
                    .body("rejection.stage", equalTo("dead-letter:reports-validated-dlq"))
                    .body("rejection.reason", startsWith("not a reports-validated event: status must be one of"));
        });
    }

    private static String parsed(ObjectNode report) {
        ObjectNode event = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-parsed.v1")
                .put("reportId", id(report)).put("occurredAt", "2026-03-01T00:00:00Z");
        event.set("report", report);
        return event.toString();
    }

    private static String validated(ObjectNode report, String status) {
        ObjectNode event = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-validated.v1")
                .put("reportId", id(report)).put("occurredAt", "2026-03-01T00:00:01Z").put("agency", report.get("agency").asText())
                .put("year", report.get("year").asInt()).put("ruleSetVersion", "test").put("status", status);
        event.putArray("findings");
        event.putObject("counts").put("error", 0).put("warning", 0).put("info", 0);
        return event.toString();
    }
}
