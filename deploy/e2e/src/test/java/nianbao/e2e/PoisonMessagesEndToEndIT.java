package nianbao.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Poison on every topic a service consumes: random bytes, valid JSON of the wrong shape, a well-formed event for a
 * report nobody has seen, and an oversized one. Each is dead-lettered (and listed by query-service as REJECTED with
 * the reason, under the record's key) or handled deliberately as the table says; every service stays ready, and a
 * good report published afterwards goes all the way through.
 */
class PoisonMessagesEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = RunningPipeline.ROOT;
    /** The file limit of ingest-service; topics take 24 MiB so that such a file still arrives whole. */
    private static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final String SMALL_REPORT = "卫滨区商务局 2098 年政府信息公开工作年度报告\n\n一、总体情况\n\n无。\n";

    @RegisterExtension
    static final RunningPipeline PIPELINE = new RunningPipeline();

    /** What must become of a poison record. */
    enum Outcome {
        /** In {@code <topic>-dlq} under its key, and listed by query-service as REJECTED under that key. */
        DEAD_LETTERED,
        /** Listed by query-service as REJECTED, with a reason starting with {@link Poison#detail}. */
        REJECTED,
        /** Taken as a legitimate event: query-service lists the report with status {@link Poison#detail}. */
        ACCEPTED
    }

    /** One poison record: where it goes, its key (the reportId it claims), its bytes, and what must become of it. */
    record Poison(String topic, String kind, String key, byte[] value, Outcome outcome, String detail) {
        @Override
        public String toString() {
            return topic + " / " + kind + " (" + value.length + " bytes)";
        }
    }

    /**
     * The table. On report-files a record is a file, never an event: its bytes are all there is to it (the key is
     * ignored, the reportId is their sha256), so no file is "for an unknown report" or of a "wrong shape"; each one
     * is read and rejected with the reason. On the event topics, the oversized case is an event of legal size (the
     * topics, producers and consumers all take 24 MiB, so nothing bigger can be on a topic) with a 20 MiB body: the
     * largest a 20 MiB file can give.
     */
    static List<Poison> poisons() throws Exception {
        List<Poison> table = new ArrayList<>();
        byte[] tooLarge = new byte[MAX_FILE_BYTES + 1];
        Arrays.fill(tooLarge, (byte) 'x');
        byte[] randomFile = random(64 * 1024, 1);
        byte[] jsonFile = bytes(JSON.createObjectNode().put("unexpected", "shape").set("items", JSON.createArrayNode().add(1)));
        byte[] eventFile = bytes(ingested("file-" + RUN, SMALL_REPORT.replace("2098", "2097")).put("reportId", "not-a-file"));
        table.add(new Poison("report-files", "random bytes", QueriedReports.idOf(randomFile), randomFile, Outcome.REJECTED, "not text"));
        table.add(new Poison("report-files", "JSON of another shape", QueriedReports.idOf(jsonFile), jsonFile, Outcome.REJECTED, "not an annual report"));
        // an event published as a file is a file of text: one line of JSON, whose escaped text names no report
        table.add(new Poison("report-files", "an event as a file", QueriedReports.idOf(eventFile), eventFile, Outcome.REJECTED, "not an annual report"));
        table.add(new Poison("report-files", "over 20 MiB", QueriedReports.idOf(tooLarge), tooLarge, Outcome.REJECTED, "file too large"));

        for (String topic : List.of("reports-ingested", "reports-parsed", "reports-validated", "reports-rejected")) {
            table.add(new Poison(topic, "random bytes", key(topic, "random"), random(4096, topic.hashCode()), Outcome.DEAD_LETTERED, null));
            String wrongKey = key(topic, "shape");
            table.add(new Poison(topic, "JSON of another shape", wrongKey, bytes(JSON.createObjectNode()
                    .put("type", topic + ".v1").put("reportId", wrongKey).set("unexpected", JSON.createArrayNode().add(1))),
                    Outcome.DEAD_LETTERED, null));
        }
        // well-formed events for reports nobody has seen: every event carries all its consumer needs and the read
        // model is order-proof (status derived from the facts it holds), so each is taken as what it says
        String unknownIngested = key("reports-ingested", "unknown");
        table.add(new Poison("reports-ingested", "unknown report", unknownIngested,
                bytes(ingested(unknownIngested, SMALL_REPORT)), Outcome.ACCEPTED, null));
        String unknownParsed = key("reports-parsed", "unknown");
        table.add(new Poison("reports-parsed", "unknown report", unknownParsed, bytes(parsed(unknownParsed, "")),
                Outcome.ACCEPTED, null));
        String unknownValidated = key("reports-validated", "unknown");
        table.add(new Poison("reports-validated", "unknown report", unknownValidated,
                bytes(validated(unknownValidated, 0)), Outcome.ACCEPTED, "PENDING"));
        String unknownRejected = key("reports-rejected", "unknown");
        table.add(new Poison("reports-rejected", "unknown report", unknownRejected,
                bytes(rejected(unknownRejected, "rejected before anything else was heard of it")), Outcome.REJECTED, "rejected before"));

        String hugeText = key("reports-ingested", "huge");
        table.add(new Poison("reports-ingested", "20 MiB of text", hugeText,
                bytes(ingested(hugeText, SMALL_REPORT + filler(MAX_FILE_BYTES))), Outcome.REJECTED, null));
        // the parser reads it (a few seconds); its parsed event keeps the 20 MiB section, which neither
        // validation-service's history nor query-service's read model can store (one MongoDB document is 16 MiB),
        // so both dead-letter it from reports-parsed and it is listed as REJECTED with one of their reasons
        String hugeParsed = key("reports-parsed", "huge");
        table.add(new Poison("reports-parsed", "20 MiB section", hugeParsed, bytes(parsed(hugeParsed, filler(MAX_FILE_BYTES))),
                Outcome.REJECTED, null));
        // query-service refuses events over its per-topic limit unread (16 MiB parsed, 4 MiB validated, 1 MiB
        // rejected; the reason in the dead letter's nianbao-refused header): their JSON trees would take many times
        // their bytes of heap, and no MongoDB document holds them
        String hugeValidated = key("reports-validated", "huge");
        table.add(new Poison("reports-validated", "100,000 findings", hugeValidated, bytes(validated(hugeValidated, 100_000)),
                Outcome.DEAD_LETTERED, null));
        String hugeRejected = key("reports-rejected", "huge");
        table.add(new Poison("reports-rejected", "20 MiB reason", hugeRejected, bytes(rejected(hugeRejected, filler(MAX_FILE_BYTES))),
                Outcome.DEAD_LETTERED, null));
        return table;
    }

    @Test
    void everyPoisonIsDeadLetteredOrHandledAndEveryServiceStaysReady() throws Exception {
        List<Poison> table = poisons();
        for (Poison poison : table) {
            if (poison.topic().equals("report-files")) {
                PIPELINE.stack().publish("poison-" + poison.kind().replace(' ', '-'), poison.value());
            } else {
                PIPELINE.stack().publishRaw(poison.topic(), poison.key(), poison.value());
            }
        }

        await("every poison handled").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(table.stream().map(PoisonMessagesEndToEndIT::problem).filter(p -> p != null))
                        .as("poison records not (yet) handled as the table says").isEmpty());
        Set<String> deadLettered = new HashSet<>();
        for (String topic : List.of("reports-ingested", "reports-parsed", "reports-validated", "reports-rejected")) {
            deadLettered.addAll(deadLetterKeys(topic + "-dlq"));
        }
        assertThat(deadLettered).containsAll(table.stream().filter(p -> p.outcome() == Outcome.DEAD_LETTERED).map(Poison::key).toList());
        for (ServiceProcess service : PIPELINE.stack().services()) {
            assertThat(service.isReady()).as(service.describe() + " ready").isTrue();
        }

        // a 25 MiB file cannot even be published: topics, broker and producers stop at 24 MiB (over HTTP it is a 413)
        assertThatThrownBy(() -> PIPELINE.stack().publish("25-MiB.txt", new byte[25 * 1024 * 1024]))
                .hasRootCauseInstanceOf(RecordTooLargeException.class);

        String good = SMALL_REPORT.replace("2098", "2096");
        PIPELINE.stack().publish("after-poison.txt", good.getBytes(StandardCharsets.UTF_8));
        Poison afterwards = new Poison("report-files", "a good report afterwards", QueriedReports.idOf(good.getBytes(StandardCharsets.UTF_8)),
                new byte[0], Outcome.ACCEPTED, null);
        await(afterwards.toString()).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> problem(afterwards) == null);
    }

    /** What is wrong with how query-service lists the poison's report so far; null when it is as the table says. */
    private static String problem(Poison poison) {
        var response = RestAssured.get("/reports/" + poison.key());
        if (response.statusCode() != 200) {
            return poison + ": not listed (" + response.statusCode() + ")";
        }
        JsonNode report;
        try {
            report = JSON.readTree(response.asString());
        } catch (java.io.IOException e) {
            return poison + ": answer is no JSON: " + e.getMessage();
        }
        String status = report.get("status").asText();
        String stage = report.at("/rejection/stage").asText();
        String reason = report.at("/rejection/reason").asText();
        boolean ok = switch (poison.outcome()) {
            case DEAD_LETTERED -> status.equals("REJECTED") && stage.equals("dead-letter:" + poison.topic() + "-dlq") && !reason.isBlank();
            case REJECTED -> status.equals("REJECTED") && !reason.isBlank() && (poison.detail() == null || reason.startsWith(poison.detail()));
            case ACCEPTED -> poison.detail() == null ? List.of("PASSED", "WARNINGS", "INCOMPLETE", "ERRORS").contains(status) : status.equals(poison.detail());
        };
        return ok ? null : poison + ": " + status + " " + stage + " " + reason.substring(0, Math.min(200, reason.length()));
    }

    /** The keys of every record on a dead-letter topic so far, read with a plain consumer. */
    private static Set<String> deadLetterKeys(String topic) {
        Set<String> keys = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PIPELINE.stack().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "poison-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 25 * 1024 * 1024),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long quietUntil = System.currentTimeMillis() + 3_000;
            while (System.currentTimeMillis() < quietUntil) {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> keys.add(record.key()));
            }
        }
        return keys;
    }

    private static ObjectNode envelope(String type, String reportId) {
        return JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", type)
                .put("reportId", reportId).put("occurredAt", "2026-01-05T08:00:00Z");
    }

    private static ObjectNode ingested(String reportId, String text) {
        ObjectNode event = envelope("reports-ingested.v1", reportId).put("contentType", "text/plain").put("text", text);
        event.putObject("source").put("fileName", reportId + ".txt").put("mediaType", "text/plain");
        return event;
    }

    /** The committed reports-parsed sample for another report, its first section's text replaced when given. */
    private static ObjectNode parsed(String reportId, String sectionText) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(ROOT.resolve("parser-service/src/test/resources/contract/reports-parsed.v1.json").toFile());
        event.put("eventId", UUID.randomUUID().toString()).put("reportId", reportId);
        ObjectNode report = (ObjectNode) event.get("report");
        report.put("reportId", reportId).put("agency", "未知报告局" + RUN).put("year", 2095);
        if (!sectionText.isEmpty()) {
            ((ObjectNode) report.get("sections").get(0)).put("text", sectionText);
        }
        return event;
    }

    private static ObjectNode validated(String reportId, int findings) {
        ObjectNode event = envelope("reports-validated.v1", reportId).put("agency", "未知报告局" + RUN).put("year", 2095)
                .put("ruleSetVersion", "poison").put("status", findings == 0 ? "PASSED" : "ERRORS");
        event.putObject("counts").put("error", findings).put("warning", 0).put("info", 0);
        ArrayNode list = event.putArray("findings");
        for (int i = 0; i < findings; i++) {
            list.addObject().put("ruleId", "S04").put("severity", "error").put("message", "第 " + i + " 项不平衡")
                    .putArray("cells").add("applications.newReceived.total").add("applications.totalHandled.total");
        }
        return event;
    }

    private static ObjectNode rejected(String reportId, String reason) {
        return envelope("reports-rejected.v1", reportId).put("fileName", reportId + ".txt").put("stage", "poison")
                .put("reason", reason);
    }

    private static String key(String topic, String kind) {
        return "poison-" + kind + "-" + topic + "-" + RUN;
    }

    private static String filler(int bytes) {
        return "这是填充。".repeat(bytes / 15);
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(JsonNode node) throws Exception {
        return JSON.writeValueAsBytes(node);
    }

}
