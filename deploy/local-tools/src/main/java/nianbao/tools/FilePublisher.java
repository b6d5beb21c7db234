package nianbao.tools;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Future;

/** Puts whole files onto report-files, keyed by report id, with the file name as a header; no loss (acks=all). */
public final class FilePublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public FilePublisher(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 2L * Topics.MAX_MESSAGE_BYTES),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends one file; the future completes once every in-sync replica has it. */
    public Future<RecordMetadata> publish(ReportFile file) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.REPORT_FILES, file.reportId(), file.bytes());
        record.headers().add("filename", file.fileName().getBytes(StandardCharsets.UTF_8));
        file.contentType().ifPresent(type -> record.headers().add("content-type", type.getBytes(StandardCharsets.UTF_8)));
        return producer.send(record);
    }

    @Override
    public void close() {
        producer.close();
    }
}
