package nianbao.ingest.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nianbao.ingest.config.IngestConfig;
import nianbao.ingest.decoding.Decoding;
import nianbao.ingest.decoding.ReportIds;
import nianbao.ingest.store.FileLog;
import nianbao.ingest.store.FileRecord;
import nianbao.support.test.KafkaAndMongoTestResource;
import nianbao.support.test.TopicRecords;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.hasItem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No failure escapes the report-files stage: a reader that throws an Error rejects that file, a store that refuses a
 * record for good dead-letters that record, and in both cases the next file is ingested as usual and the service stays
 * ready; a store that cannot be reached is waited for, and the file is then ingested, not dead-lettered.
 * The filename and source-url headers are cleaned on the way.
 */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class ReportFileStageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    IngestConfig config;
    @Inject
    MongoClient mongo;

    @Test
    void aReaderThatThrowsAnErrorRejectsThatFileAndTheNextIsIngested() throws Exception {
        QuarkusMock.installMockForType(new ThrowingReader(config), ReportReader.class);
        byte[] oom = file("THROW OutOfMemoryError");
        byte[] soe = file("THROW StackOverflowError");
        byte[] good = file("good");

        publish(oom, Map.of("filename", "oom.txt"));
        publish(soe, Map.of("filename", "soe.txt"));
        publish(good, Map.of("filename", "good.txt"));

        assertThat(event("reports-rejected", oom).get("reason").asText())
                .isEqualTo("over limit: reading the text/plain needs more memory than a report may");
        assertThat(event("reports-rejected", soe).get("reason").asText())
                .isEqualTo("over limit: the text/plain nests too deeply to be read");
        assertThat(event("reports-ingested", good).at("/source/fileName").asText()).isEqualTo("good.txt");
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aStoreFailureDeadLettersThatRecordAndTheNextIsIngested() throws Exception {
        byte[] poison = file("store fails");
        byte[] good = file("after the store failure");
        QuarkusMock.installMockForType(new FailingLog(mongo, ReportIds.of(poison)), FileLog.class);

        publish(poison, Map.of("filename", "poison.txt"));
        publish(good, Map.of("filename", "good.txt"));

        var dead = TopicRecords.withKey(bootstrap, "report-files-dlq", ReportIds.of(poison), 1, WAIT).get(0);
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .isEqualTo("ingest-service could not handle the record (OutOfMemoryError)");
        assertThat(event("reports-ingested", good).at("/source/fileName").asText()).isEqualTo("good.txt");
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aStoreThatCannotBeReachedIsWaitedForAndTheFileIsIngestedNotDeadLettered() throws Exception {
        byte[] file = file("store away");
        UnreachableLog log = new UnreachableLog(mongo, ReportIds.of(file), 4);
        QuarkusMock.installMockForType(log, FileLog.class);

        publish(file, Map.of("filename", "away.txt"));

        assertThat(event("reports-ingested", file).at("/source/fileName").asText()).isEqualTo("away.txt");
        assertThat(log.failures.get()).isNegative();
        assertThat(log.find(ReportIds.of(file))).get().extracting(FileRecord::status).isEqualTo(FileRecord.INGESTED);
    }

    @Test
    void controlCharactersLeaveTheFileNameWhichIsCappedAndASourceUrlThatIsNoWebAddressIsDropped() throws Exception {
        byte[] named = file("named");
        byte[] linked = file("linked");
        String longName = "报告".repeat(200) + ".pdf";

        publish(named, Map.of("filename", "a\u0000b\u0007c\r\n\u202Ed.txt", "source-url", "javascript:alert(1)"));
        publish(linked, Map.of("filename", longName, "source-url", "https://www.example.gov.cn/2025/report.html"));

        JsonNode namedSource = event("reports-ingested", named).get("source");
        assertThat(namedSource.get("fileName").asText()).isEqualTo("abcd.txt");
        assertThat(namedSource.get("sourceUrl").isNull()).isTrue();
        assertThat(namedSource.get("documentDates").isNull()).isTrue();
        JsonNode linkedSource = event("reports-ingested", linked).get("source");
        assertThat(linkedSource.get("fileName").asText()).hasSize(255).startsWith("报告报告").endsWith("报.pdf");
        assertThat(linkedSource.get("sourceUrl").asText()).isEqualTo("https://www.example.gov.cn/2025/report.html");
    }

    private JsonNode event(String topic, byte[] file) throws Exception {
        return JSON.readTree(TopicRecords.withKey(bootstrap, topic, ReportIds.of(file), 1, WAIT).get(0).value());
    }

    private void publish(byte[] file, Map<String, String> headers) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>("report-files", ReportIds.of(file), file);
            headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        }
    }

    private static byte[] file(String marker) {
        return (marker + " 某某局 2025 年政府信息公开工作年度报告 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }

    /** A reader that throws the Error its file names, and reads every other file as usual. */
    static class ThrowingReader extends ReportReader {

        ThrowingReader(IngestConfig config) {
            super(config);
        }

        @Override
        public Decoding read(byte[] bytes) {
            String text = new String(Arrays.copyOf(bytes, Math.min(bytes.length, 40)), StandardCharsets.UTF_8);
            if (text.startsWith("THROW OutOfMemoryError")) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (text.startsWith("THROW StackOverflowError")) {
                throw new StackOverflowError();
            }
            return super.read(bytes);
        }
    }

    /** A store that fails with an Error for one report, and works for every other. */
    static class FailingLog extends FileLog {

        private final String failing;

        FailingLog(MongoClient mongo, String failing) {
            super(mongo, "nianbao-ingest-test-" + UUID.randomUUID());
            this.failing = failing;
        }

        @Override
        public Map<String, FileRecord> findAll(Collection<String> reportIds) {
            if (reportIds.contains(failing)) {
                throw new OutOfMemoryError("Java heap space");
            }
            return super.findAll(reportIds);
        }
    }

    /** A store that cannot be reached the first times one report is looked up, then answers. */
    static class UnreachableLog extends FileLog {

        private final String report;
        private final AtomicInteger failures;

        UnreachableLog(MongoClient mongo, String report, int failures) {
            super(mongo, "nianbao-ingest-test-" + UUID.randomUUID());
            this.report = report;
            this.failures = new AtomicInteger(failures);
        }

        @Override
        public Map<String, FileRecord> findAll(Collection<String> reportIds) {
            if (reportIds.contains(report) && failures.getAndDecrement() > 0) {
                throw new MongoTimeoutException("Timed out while waiting for a server");
            }
            return super.findAll(reportIds);
        }
    }

    @Test
    void readinessWatchesThatEveryKafkaConsumerIsInItsGroup() {
        // the check comes from the shared processing-model module (nianbao.processing.ConsumerGroupReadiness)
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("kafka-consumer-groups"));
    }
}
