package nianbao.query.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A broker whose topics already hold a parsed and a validated event of {@link #REPORT_ID}, with query-service's
 * consumer groups committed past them (as if an earlier run had read them), and a fresh, empty store.
 */
public class CommittedOffsetsTestResource extends KafkaAndMongoTestResource {

    static final String REPORT_ID = "replayed-0f3c2a6e-report";
    static final String AGENCY = "重放测试局";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        String bootstrap = config.get("kafka.bootstrap.servers");
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer()); Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            producer.send(new ProducerRecord<>("reports-parsed", REPORT_ID, parsed().toString())).get();
            producer.send(new ProducerRecord<>("reports-validated", REPORT_ID, validated().toString())).get();
            commitAtEnd(admin, "reports-parsed", "query-service-reports-parsed");
            commitAtEnd(admin, "reports-validated", "query-service-reports-validated");
        } catch (Exception e) {
            throw new IllegalStateException("could not prepare the topics and committed offsets", e);
        }
        return config;
    }

    private static void commitAtEnd(Admin admin, String topic, String group) throws Exception {
        var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic).partitions();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, OffsetAndMetadata> ends = admin.listOffsets(latest).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
        admin.alterConsumerGroupOffsets(group, ends).all().get();
    }

    private static ObjectNode parsed() {
        ObjectNode event = JSON.createObjectNode().put("eventId", "e-parsed-" + REPORT_ID).put("type", "reports-parsed.v1")
                .put("reportId", REPORT_ID).put("occurredAt", "2026-01-01T00:00:00Z");
        ObjectNode report = event.putObject("report").put("reportId", REPORT_ID).put("agency", AGENCY).put("year", 2025)
                .put("template", "2021");
        report.putObject("source").put("fileName", "replayed.txt").put("receivedAt", "2026-01-01T00:00:00Z");
        return event;
    }

    private static ObjectNode validated() {
        ObjectNode event = JSON.createObjectNode().put("eventId", "e-validated-" + REPORT_ID).put("type", "reports-validated.v1")
                .put("reportId", REPORT_ID).put("occurredAt", "2026-01-01T00:00:01Z").put("agency", AGENCY).put("year", 2025)
                .put("ruleSetVersion", "test").put("status", "ERRORS");
        event.putObject("counts").put("error", 1).put("warning", 0).put("info", 0);
        event.putArray("findings").addObject().put("ruleId", "T3-01").put("severity", "error");
        return event;
    }
}
