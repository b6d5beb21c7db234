package nianbao.harness;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches a topic ({@code reports-validated}, or the bare pipe's last hop) from its current end and notes when each
 * report's first record arrives (by record key), so latency is measured publish → arrival on this machine's clock.
 */
final class ArrivalWatcher implements AutoCloseable {

    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    ArrivalWatcher(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::poll, "arrivals-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        while (running) {
            consumer.poll(Duration.ofMillis(100)).forEach(r -> arrivals.putIfAbsent(r.key(), System.currentTimeMillis()));
        }
        consumer.close();
    }

    /** When the report's first record arrived, or null. */
    Long arrival(String reportId) {
        return arrivals.get(reportId);
    }

    int seen() {
        return arrivals.size();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}
