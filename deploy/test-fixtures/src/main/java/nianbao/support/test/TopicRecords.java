package nianbao.support.test;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tests read what a service wrote to a topic: the records with a given key, with a fresh consumer group. */
public final class TopicRecords {

    private TopicRecords() {
    }

    /**
     * The records of the topic with this key, from the beginning, once at least {@code count} have arrived.
     *
     * @throws AssertionError when fewer than {@code count} arrive within {@code timeout}
     */
    public static List<ConsumerRecord<String, String>> withKey(String bootstrapServers, String topic, String key, int count,
                                                                Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        if (found.size() < count) {
            throw new AssertionError("expected " + count + " record(s) with key " + key + " on " + topic + " within "
                    + timeout + ", found " + found.size());
        }
        return found;
    }
}
