package nianbao.query.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * query-service reads exactly the five dead-letter topics of docs/events.md: a record on an invented {@code *-dlq}
 * topic changes nothing, while a real dead letter is recorded; and a dead letter for a report that completed is kept
 * as a fact without making it REJECTED.
 */
@QuarkusTest
@WithTestResource(InventedDeadLetterTopicResource.class)
class DeadLetterTopicsTest {

    private static final Set<String> DEAD_LETTER_TOPICS = Set.of("report-files-dlq", "reports-ingested-dlq",
            "reports-parsed-dlq", "reports-validated-dlq", "reports-rejected-dlq");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aRecordOnAnInventedDeadLetterTopicChangesNothing() throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/reports/" + InventedDeadLetterTopicResource.DEAD)
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("rejection.stage", equalTo("dead-letter:reports-ingested-dlq"))
                .body("rejection.reason", equalTo("not an event of this topic")));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(assignedTopics(admin, "query-service-dead-letters")).isEqualTo(DEAD_LETTER_TOPICS));
        }
        given().get("/reports/" + InventedDeadLetterTopicResource.TARGET).then().statusCode(200)
                .body("status", equalTo("PARSED")).body("deadLetters", hasSize(0)).body("rejection", nullValue());
    }

    @Test
    void aDeadLetterForACompletedReportIsKeptButDoesNotRejectIt() throws Exception {
        String reportId = "completed-" + UUID.randomUUID();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("reports-parsed", reportId, parsed(reportId).toString())).get();
            producer.send(new ProducerRecord<>("reports-validated", reportId, validated(reportId).toString())).get();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/reports/" + reportId).then()
                    .body("status", equalTo("WARNINGS")));

            ProducerRecord<String, String> stray = new ProducerRecord<>("reports-parsed-dlq", reportId, "a redelivered duplicate");
            stray.headers().add("dead-letter-reason", "duplicate key".getBytes(StandardCharsets.UTF_8));
            producer.send(stray).get();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/reports/" + reportId).then()
                .body("deadLetters", hasSize(1))
                .body("deadLetters[0].topic", equalTo("reports-parsed-dlq"))
                .body("deadLetters[0].reason", equalTo("duplicate key")));
        given().get("/reports/" + reportId).then().body("status", equalTo("WARNINGS")).body("rejection", nullValue());
        given().queryParam("agency", "完成后死信局").queryParam("status", "REJECTED").get("/reports").then()
                .body("total", equalTo(0));
    }

    private static Set<String> assignedTopics(Admin admin, String group) throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
        Set<String> topics = new TreeSet<>();
        for (MemberDescription member : description.members()) {
            member.assignment().topicPartitions().stream().map(TopicPartition::topic).forEach(topics::add);
        }
        return topics;
    }

    private static ObjectNode parsed(String reportId) {
        ObjectNode event = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-parsed.v1")
                .put("reportId", reportId).put("occurredAt", "2026-01-01T00:00:00Z");
        event.putObject("report").put("reportId", reportId).put("agency", "完成后死信局").put("year", 2025)
                .putObject("source").put("fileName", "done.txt").put("receivedAt", "2026-01-01T00:00:00Z");
        return event;
    }

    private static ObjectNode validated(String reportId) {
        ObjectNode event = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-validated.v1")
                .put("reportId", reportId).put("occurredAt", "2026-01-01T00:00:01Z").put("agency", "完成后死信局").put("year", 2025)
                .put("ruleSetVersion", "test").put("status", "WARNINGS");
        event.putObject("counts").put("error", 0).put("warning", 1).put("info", 0);
        event.putArray("findings").addObject().put("ruleId", "S06").put("severity", "warning");
        return event;
    }
}
