package nianbao.query.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A broker that, before query-service starts, already holds a parsed report ({@link #TARGET}), a record keyed by it on
 * an invented topic {@link #INVENTED_TOPIC} (as a broker that auto-creates topics would take from anyone), and a real
 * dead letter of another report ({@link #DEAD}) on reports-ingested-dlq.
 */
public class InventedDeadLetterTopicResource extends KafkaAndMongoTestResource {

    static final String INVENTED_TOPIC = "invented-dlq";
    static final String TARGET = "target-7d1e0c52-report";
    static final String DEAD = "dead-7d1e0c52-report";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", config.get("kafka.bootstrap.servers")),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("reports-parsed", TARGET, parsed().toString())).get();
            ProducerRecord<String, String> invented = new ProducerRecord<>(INVENTED_TOPIC, TARGET, "forged");
            invented.headers().add("dead-letter-reason", "forged".getBytes(StandardCharsets.UTF_8));
            producer.send(invented).get();
            ProducerRecord<String, String> dead = new ProducerRecord<>("reports-ingested-dlq", DEAD, "not JSON");
            dead.headers().add("dead-letter-reason", "not an event of this topic".getBytes(StandardCharsets.UTF_8));
            producer.send(dead).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not prepare the topics", e);
        }
        return config;
    }

    private static ObjectNode parsed() {
        ObjectNode event = JSON.createObjectNode().put("eventId", "e-parsed-" + TARGET).put("type", "reports-parsed.v1")
                .put("reportId", TARGET).put("occurredAt", "2026-01-01T00:00:00Z");
        event.putObject("report").put("reportId", TARGET).put("agency", "伪造目标局").put("year", 2025)
                .putObject("source").put("fileName", "target.txt").put("receivedAt", "2026-01-01T00:00:00Z");
        return event;
    }
}
