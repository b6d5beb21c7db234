package nianbao.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's hostile-input corpus against the whole pipeline (the four packaged services, an in-JVM broker and store):
 * each hostile file between two good reports is listed REJECTED with the bound it broke while both good reports come
 * out right; each service, stopped while a hostile record lands on its topic and started again, reads past it; the
 * open endpoints answer the corpus four requests at a time with 400, 413 or 429, never 500, and stay up; a record on
 * an invented dead-letter topic, or a dead letter for a report that completed, changes nothing in the read model.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = RunningPipeline.ROOT;
    private static final List<String> FINAL = List.of("PASSED", "WARNINGS", "INCOMPLETE", "ERRORS");
    // HTTP/1.1 as curl and browsers speak it to a plain http address; one connection per request
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger GOOD = new AtomicInteger();

    @RegisterExtension
    static final RunningPipeline PIPELINE = new RunningPipeline();
    private static String seed;

    @BeforeAll
    static void readSeed() throws Exception {
        seed = Files.readString(ROOT.resolve("samples/000_2f8ee6c9bd0fa497.txt"));
    }

    @Test
    @Order(1)
    void eachHostileFileBetweenTwoGoodReportsIsRejectedWithItsBound() throws Exception {
        for (HostileFiles.Hostile hostile : HostileFiles.corpus()) {
            String before = publishGood();
            PIPELINE.stack().publish(hostile.name(), hostile.bytes());
            String after = publishGood();

            String reason = QueriedReports.awaitStatus(QueriedReports.idOf(hostile.bytes()), "REJECTED").at("/rejection/reason").asText();
            assertThat(hostile.reasons()).as(hostile + " rejected: " + reason).anyMatch(reason::startsWith);
            assertGoodReport(before);
            assertGoodReport(after);
        }
        assertEveryServiceReady();
    }

    @Test
    @Order(2)
    void controlCharactersInEveryTextFieldAreTakenOut() throws Exception {
        byte[] bytes = HostileFiles.withControlCharacters(seed + "\n（编号 control）\n").getBytes(StandardCharsets.UTF_8);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("report-files", null, bytes);
        record.headers().add("filename", "evil\u0000na\u0007me\u001b.txt".getBytes(StandardCharsets.UTF_8));
        record.headers().add("source-url", "javascript:alert(1)".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(record).get();
        }

        JsonNode report = QueriedReports.awaitStatus(QueriedReports.idOf(bytes), FINAL.toArray(String[]::new));
        assertThat(report.at("/report/agency").asText(report.at("/agency").asText())).isEqualTo("中卫市商务局");
        assertThat(report.toString()).doesNotContain("\\u0000", "\\u0007", "\\u001b", "javascript:");
        assertEveryServiceReady();
    }

    @Test
    @Order(3)
    void eachServiceStartedAgainWithAHostileRecordOnItsTopicReadsPastIt() throws Exception {
        Map<String, ProducerRecord<String, byte[]>> hostileRecords = Map.of(
                "ingest-service", fileRecord("span-again.html", (HostileFiles.spanPage() + "<!-- again -->").getBytes(StandardCharsets.UTF_8)),
                "parser-service", eventRecord("reports-ingested", ingestedSpanPage()),
                "validation-service", eventRecord("reports-parsed", parsedWithTwentyDigitCells()),
                "query-service", eventRecord("reports-rejected", rejectedWithHugeReason()));
        for (String service : List.of("ingest-service", "parser-service", "validation-service", "query-service")) {
            ProducerRecord<String, byte[]> hostile = hostileRecords.get(service);
            PIPELINE.stack().stop(service);
            try (KafkaProducer<String, byte[]> producer = producer()) {
                producer.send(hostile).get();
            }
            String good = publishGood();
            PIPELINE.stack().start(service);
            RestAssured.baseURI = PIPELINE.stack().query.baseUrl();

            String hostileId = hostile.key() != null ? hostile.key() : QueriedReports.idOf(hostile.value());
            QueriedReports.awaitStatus(hostileId, "REJECTED");
            assertGoodReport(good);
            assertEveryServiceReady();
        }
    }

    @Test
    @Order(4)
    void theOpenEndpointsAnswerTheCorpusFourAtATimeAndNeverFail() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (HostileFiles.Hostile hostile : HostileFiles.corpus()) {
            for (int i = 0; i < 4; i++) {
                answers.add(post(PIPELINE.stack().service("parser-service").baseUrl() + "/parse", contentType(hostile), hostile.bytes(), false));
                answers.add(post(PIPELINE.stack().service("validation-service").baseUrl() + "/check", contentType(hostile), hostile.bytes(), false));
                answers.add(post(PIPELINE.stack().ingest.baseUrl() + "/reports/batch", "application/zip", hostile.bytes(), true));
            }
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.join();
                assertThat(response.statusCode()).as(hostile + " at " + response.uri() + ": " + response.body())
                        .isIn(400, 411, 413, 415, 429);
            }
            answers.clear();
        }
        for (ServiceProcess service : PIPELINE.stack().services()) {
            assertThat(service.isAlive()).as(service.describe() + " still running (no OutOfMemoryError exit)").isTrue();
        }
        assertEveryServiceReady();
    }

    @Test
    @Order(5)
    void deadLettersOnAnInventedTopicOrForACompletedReportChangeNothing() throws Exception {
        String good = publishGood();
        JsonNode before = QueriedReports.awaitStatus(good, FINAL.toArray(String[]::new));
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>("invented-dlq", good, "{\"forged\":true}".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>("reports-parsed-dlq", good, "{\"late\":\"dead letter\"}".getBytes(StandardCharsets.UTF_8))).get();
        }
        String marker = publishGood();
        QueriedReports.awaitStatus(marker, FINAL.toArray(String[]::new));

        JsonNode after = QueriedReports.awaitStatus(good, FINAL.toArray(String[]::new));
        assertThat(after.get("status").asText()).isEqualTo(before.get("status").asText());
    }

    /** Publishes the seed with a line of its own (new bytes, the same tables) and returns its reportId. */
    private static String publishGood() throws Exception {
        byte[] bytes = (seed + "\n（附：第 " + GOOD.incrementAndGet() + " 份）\n").getBytes(StandardCharsets.UTF_8);
        PIPELINE.stack().publish("good-" + GOOD.get() + ".txt", bytes);
        return QueriedReports.idOf(bytes);
    }

    private static void assertGoodReport(String reportId) {
        JsonNode report = QueriedReports.awaitStatus(reportId, FINAL.toArray(String[]::new));
        JsonNode contract = report.has("report") ? report.get("report") : report;
        assertThat(contract.at("/agency").asText()).isEqualTo("中卫市商务局");
        assertThat(contract.at("/applications/newReceived/total").asInt()).isEqualTo(7);
        assertThat(contract.at("/applications/carriedForward/naturalPerson").asInt()).isEqualTo(5);
        assertThat(contract.at("/activeDisclosure/licensing").asInt()).isEqualTo(18);
        assertThat(contract.at("/reading/cellsRead").asInt()).isEqualTo(200);
    }

    private static void assertEveryServiceReady() {
        for (ServiceProcess service : PIPELINE.stack().services()) {
            assertThat(service.isReady()).as(service.describe() + " ready").isTrue();
        }
    }

    private static String contentType(HostileFiles.Hostile hostile) {
        return hostile.name().endsWith(".html") ? "text/html" : "text/plain";
    }

    private static CompletableFuture<HttpResponse<String>> post(String url, String type, byte[] body, boolean token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token) {
            request.header("Authorization", "Bearer " + PipelineStack.WRITE_TOKEN);
        }
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ProducerRecord<String, byte[]> fileRecord(String name, byte[] bytes) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("report-files", null, bytes);
        record.headers().add("filename", name.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static ProducerRecord<String, byte[]> eventRecord(String topic, ObjectNode event) throws Exception {
        return new ProducerRecord<>(topic, event.get("reportId").asText(), JSON.writeValueAsBytes(event));
    }

    private static ObjectNode envelope(String type) {
        return JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", type)
                .put("reportId", "hostile-" + type + "-" + UUID.randomUUID()).put("occurredAt", "2026-01-05T08:00:00Z");
    }

    private static ObjectNode ingestedSpanPage() {
        ObjectNode event = envelope("reports-ingested.v1").put("contentType", "text/html").put("text", HostileFiles.spanPage());
        event.putObject("source").put("fileName", "span.html").put("mediaType", "text/html");
        return event;
    }

    /** The committed parsed sample with two cells of twenty digits: validation refuses it into its dead letter. */
    private static ObjectNode parsedWithTwentyDigitCells() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(ROOT.resolve("parser-service/src/test/resources/contract/reports-parsed.v1.json").toFile());
        String reportId = "hostile-parsed-" + UUID.randomUUID();
        event.put("eventId", UUID.randomUUID().toString()).put("reportId", reportId);
        ObjectNode report = (ObjectNode) event.get("report");
        report.put("reportId", reportId).put("agency", "敌意测试局");
        ((ObjectNode) report.at("/applications/newReceived")).put("total", new java.math.BigDecimal("12345678901234567890"));
        ((ObjectNode) report.at("/applications/granted")).put("total", new java.math.BigDecimal("98765432109876543210"));
        return event;
    }

    /** A rejection whose reason is 2 MiB: over query-service's bound for rejections, refused unread. */
    private static ObjectNode rejectedWithHugeReason() {
        return envelope("reports-rejected.v1").put("fileName", "huge-reason.txt").put("stage", "hostile")
                .put("reason", "很长的理由。".repeat(2 * 1024 * 1024 / 18));
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of("bootstrap.servers", PIPELINE.stack().bootstrapServers(), "acks", "all",
                "max.request.size", String.valueOf(25 * 1024 * 1024)), new StringSerializer(), new ByteArraySerializer());
    }
}
