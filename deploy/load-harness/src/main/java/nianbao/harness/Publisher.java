package nianbao.harness;

import nianbao.tools.ReportFile;
import nianbao.tools.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Publishes synthetic report files onto a topic, as fast as possible or at a steady rate, noting when each was sent. */
final class Publisher {

    /** What was published: when each report (by id) was sent, its bytes, and when publishing began and ended. */
    record Published(Map<String, Long> sentAt, long bytes, long started, long finished) {

        double seconds() {
            return (finished - started) / 1000.0;
        }
    }

    private Publisher() {
    }

    /** Publishes {@code reports} files from {@code supply} onto {@code topic}; {@code rate} reports/s, 0 = as fast as possible. */
    static Published publish(String bootstrap, String topic, SyntheticReports supply, int reports, int rate)
            throws InterruptedException {
        Map<String, Long> sentAt = new HashMap<>();
        long bytes = 0;
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            long started = System.currentTimeMillis();
            for (int i = 0; i < reports; i++) {
                if (rate > 0) {
                    long wait = started + (long) i * 1000 / rate - System.currentTimeMillis();
                    if (wait > 0) {
                        Thread.sleep(wait);
                    }
                }
                ReportFile file = supply.next().file();
                bytes += file.bytes().length;
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, file.reportId(), file.bytes());
                record.headers().add("filename", file.fileName().getBytes(StandardCharsets.UTF_8));
                sentAt.put(file.reportId(), System.currentTimeMillis());
                producer.send(record);
            }
            producer.flush();
            return new Published(sentAt, bytes, started, System.currentTimeMillis());
        }
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 524_288,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 256L * 1024 * 1024),
                new StringSerializer(), new ByteArraySerializer());
    }
}
