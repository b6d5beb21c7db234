package nianbao.ingest.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nianbao.ingest.decoding.ReportIds;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Uploads over REST on a real in-JVM broker: a Word file comes out of reports-ingested as HTML with its media
 * type kept, a batch (multipart or zip) is answered per file, the same bytes twice are one report, and files
 * over 20 MiB get 413.
 */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class UploadResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aWordFileIsHandedOnAsHtmlWithItsTablesAndItsMediaType() throws Exception {
        byte[] docx = fixture("001_f44f10d947acded0.docx");
        String reportId = ReportIds.of(docx);

        given().header("Authorization", "Bearer test-write-token").queryParam("fileName", "报告.docx").header("X-Source-Url", "https://example.gov.cn/r.docx").body(docx)
                .post("/reports").then().statusCode(202).body("reportId", equalTo(reportId)).body("status", equalTo("ACCEPTED"));
        JsonNode event = awaitEvent("reports-ingested", reportId);

        assertThat(event.get("contentType").asText()).isEqualTo("text/html");
        assertThat(event.at("/source/mediaType").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(event.at("/source/fileName").asText()).isEqualTo("报告.docx");
        assertThat(event.at("/source/sourceUrl").asText()).isEqualTo("https://example.gov.cn/r.docx");
        assertThat(event.at("/source/sizeBytes").asLong()).isEqualTo(docx.length);
        assertThat(event.get("text").asText()).contains("<table>", "本年新收政府信息公开申请数量");
    }

    @Test
    void aBatchIsAnsweredPerFileAndTheSameBytesTwiceAreOneReport() {
        byte[] first = text("第一份");
        byte[] second = text("第二份");

        JsonNode answer = JSON.valueToTree(given().header("Authorization", "Bearer test-write-token").multiPart("file", "a.txt", first).multiPart("file", "b.txt", second)
                .multiPart("file", "a-again.txt", first).post("/reports/batch").then().statusCode(200)
                .extract().as(Map.class));

        assertThat(answer.get("files").asInt()).isEqualTo(3);
        assertThat(answer.get("answers").findValuesAsText("reportId"))
                .containsExactly(ReportIds.of(first), ReportIds.of(second), ReportIds.of(first));
        assertThat(answer.get("answers").findValuesAsText("status")).containsExactly("ACCEPTED", "ACCEPTED", "DUPLICATE");
        awaitEvent("reports-ingested", ReportIds.of(first));
        given().header("Authorization", "Bearer test-write-token").header("X-File-Name", "a-third-time.txt").body(first).post("/reports").then().statusCode(200)
                .body("status", equalTo("DUPLICATE")).body("reportId", equalTo(ReportIds.of(first)));
    }

    @Test
    void aZipIsUnpackedIntoItsFiles() throws IOException {
        byte[] one = text("压缩包一");
        byte[] two = text("压缩包二");

        JsonNode answer = JSON.valueToTree(given().header("Authorization", "Bearer test-write-token").contentType("application/zip").body(zip("dir/one.txt", one, "two.txt", two))
                .post("/reports/batch").then().statusCode(200).extract().as(Map.class));

        assertThat(answer.get("answers").findValuesAsText("fileName")).containsExactly("one.txt", "two.txt");
        assertThat(answer.get("answers").findValuesAsText("reportId")).containsExactly(ReportIds.of(one), ReportIds.of(two));
        given().header("Authorization", "Bearer test-write-token").contentType("application/zip").body(text("不是压缩包")).post("/reports/batch").then().statusCode(400);
    }

    @Test
    void overTwentyMebibytesIs413AndAZipBombFromTheTopicIsRejected() throws IOException {
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        given().header("Authorization", "Bearer test-write-token").header("X-File-Name", "large.txt").body(large).post("/reports").then().statusCode(413);

        byte[] bomb = zip("[Content_Types].xml", text("types"), "word/document.xml", new byte[30 * 1024 * 1024]);
        String reportId = ReportIds.of(bomb);
        given().header("Authorization", "Bearer test-write-token").header("X-File-Name", "bomb.docx").body(bomb).post("/reports").then().statusCode(202);
        JsonNode rejected = awaitEvent("reports-rejected", reportId);

        assertThat(rejected.get("stage").asText()).isEqualTo("ingest");
        assertThat(rejected.get("fileName").asText()).isEqualTo("bomb.docx");
        assertThat(rejected.get("reason").asText()).startsWith("zip bomb");
        given().header("Authorization", "Bearer test-write-token").get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aZipOfManyLargeEntriesIsRefusedWholeWith400AndNothingIsSent() throws IOException {
        byte[] twenty = new byte[20 * 1024 * 1024];
        Object[] fourteen = new Object[28];
        for (int i = 0; i < 14; i++) {
            fourteen[2 * i] = "large-" + i + ".txt";
            fourteen[2 * i + 1] = twenty;
        }
        byte[] bomb = zip(fourteen);
        byte[] first = text("压缩包里的第一份");
        byte[] part = new byte[18 * 1024 * 1024];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < part.length; i += 10) {
            part[i] = (byte) random.nextInt(256);
        }
        byte[] tooMuch = zip("first.txt", first, "a.bin", part, "b.bin", part, "c.bin", part, "d.bin", part);

        assertThat(bomb.length).isLessThan(1024 * 1024);
        given().header("Authorization", "Bearer test-write-token").contentType("application/zip").body(bomb).post("/reports/batch")
                .then().statusCode(400).body("status", equalTo(400)).body("error", startsWith("zip bomb: large-0.txt inflates more than 100 times"));
        given().header("Authorization", "Bearer test-write-token").contentType("application/zip").body(tooMuch).post("/reports/batch")
                .then().statusCode(400).body("error", equalTo("zip bomb: the entries inflate to more than 67108864 bytes in all"));
        given().header("Authorization", "Bearer test-write-token").get("/q/health/ready").then().statusCode(200);
        // refused as a whole: not even the small first entry was sent
        given().header("Authorization", "Bearer test-write-token").header("X-File-Name", "first.txt").body(first).post("/reports")
                .then().statusCode(202).body("status", equalTo("ACCEPTED"));
    }

    private JsonNode awaitEvent(String topic, String reportId) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "group.id", "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest", "max.partition.fetch.bytes", "26214400"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (reportId.equals(record.key())) {
                        found.set(JSON.readTree(record.value()));
                    }
                }
                return found.get() != null;
            });
        }
        return found.get();
    }

    private static byte[] text(String marker) {
        return ("某某局 2025 年政府信息公开工作年度报告 " + marker + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = UploadResourceTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
