package nianbao.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.support.test.JsonCells;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The five seed reports pass through all four services: published onto report-files like kcat does, then read
 * back from query-service with their agency, year, all 200 table cells and their findings. Files that are not
 * reports end up listed as rejected with the reason, and every service stays ready.
 */
class PipelineEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = RunningPipeline.ROOT;
    private static final List<String> SEEDS = List.of("000_2f8ee6c9bd0fa497", "001_f44f10d947acded0",
            "002_e0a437375778a97d", "003_823561134eb090dd", "004_98d78a100eee2400");
    private static final List<String> TABLES = List.of("activeDisclosure", "applications", "reviewsAndLawsuits");
    /** What a careful reviewer lists for each seed: rule id → severity. */
    private static final Map<String, Map<String, String>> FINDINGS = Map.of(
            "000_2f8ee6c9bd0fa497", Map.of(),
            "001_f44f10d947acded0", Map.of(),
            "002_e0a437375778a97d", Map.of("S04", "error", "S06", "warning"),
            "003_823561134eb090dd", Map.of(),
            "004_98d78a100eee2400", Map.of("S06", "warning"));

    @RegisterExtension
    static final RunningPipeline PIPELINE = new RunningPipeline();

    @Test
    void seedsComeOutWithEveryCellAndTheirFindings() throws Exception {
        for (String seed : SEEDS) {
            PIPELINE.stack().publish(seed + ".txt", Files.readAllBytes(ROOT.resolve("samples/" + seed + ".txt")));
        }
        for (String seed : SEEDS) {
            String reportId = QueriedReports.idOf(Files.readAllBytes(ROOT.resolve("samples/" + seed + ".txt")));
            JsonNode report = QueriedReports.awaitStatus(reportId, "PASSED", "WARNINGS", "INCOMPLETE", "ERRORS");
            JsonNode expected = JSON.readTree(ROOT.resolve("parser-service/src/test/resources/expected/" + seed + ".json").toFile());

            assertThat(report.get("agency").asText()).as(seed).isEqualTo(expected.get("agency").asText());
            assertThat(report.get("year").asInt()).as(seed).isEqualTo(expected.get("year").asInt());
            assertThat(report.at("/source/fileName").asText()).isEqualTo(seed + ".txt");
            for (String table : TABLES) {
                assertThat(JsonCells.flatten(table, report.get(table))).as(seed + " " + table)
                        .containsExactlyInAnyOrderEntriesOf(JsonCells.flatten(table, expected.get(table)));
            }
            JsonNode findings = JSON.readTree(RestAssured.get("/reports/" + reportId + "/findings").asString()).get("findings");
            Map<String, String> rules = new java.util.TreeMap<>();
            findings.forEach(f -> rules.put(f.get("ruleId").asText(), f.get("severity").asText()));
            assertThat(rules).as(seed + " findings").isEqualTo(FINDINGS.get(seed));
        }
        JsonNode listed = JSON.readTree(RestAssured.get("/reports?year=2025&size=200").asString()).get("items");
        assertThat(listed).filteredOn(i -> i.get("fileName").asText().equals("002_e0a437375778a97d.txt"))
                .singleElement().satisfies(i -> {
                    assertThat(i.get("status").asText()).isEqualTo("ERRORS");
                    assertThat(i.get("errors").asInt()).isEqualTo(1);
                    assertThat(i.get("warnings").asInt()).isEqualTo(1);
                });
        JsonNode blankReview = JSON.readTree(RestAssured.get("/reports/" + QueriedReports.idOf(Files.readAllBytes(
                ROOT.resolve("samples/004_98d78a100eee2400.txt"))) + "/findings").asString()).at("/findings/0/cells");
        assertThat(blankReview).extracting(JsonNode::asText).containsExactly("reviewsAndLawsuits.review.upheld",
                "reviewsAndLawsuits.review.corrected", "reviewsAndLawsuits.review.other",
                "reviewsAndLawsuits.review.pending", "reviewsAndLawsuits.review.total");
    }

    @Test
    void theSameBytesTwiceAreOneReport() throws Exception {
        String agency = "去重测试局" + System.nanoTime();
        // another year too: the same text from another agency in the same year is 雷同 (X06), which would also be
        // listed, and re-published, for seed 003 itself
        byte[] bytes = Files.readString(ROOT.resolve("samples/003_823561134eb090dd.txt")).replace("卫滨区商务局", agency)
                .replace("2024", "2031")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String reportId = QueriedReports.idOf(bytes);
        PIPELINE.stack().publish("first-copy.txt", bytes);
        QueriedReports.awaitStatus(reportId, "PASSED", "WARNINGS", "INCOMPLETE", "ERRORS");
        PIPELINE.stack().publish("second-copy.txt", bytes);
        String upload = RestAssured.given().header("Authorization", "Bearer " + PipelineStack.WRITE_TOKEN)
                .header("X-File-Name", "third-copy.txt").body(bytes)
                .post(PIPELINE.stack().ingest.baseUrl() + "/reports").then().statusCode(200).extract().asString();

        assertThat(JSON.readTree(upload).get("status").asText()).isEqualTo("DUPLICATE");
        assertThat(JSON.readTree(upload).get("reportId").asText()).isEqualTo(reportId);
        JsonNode page = JSON.readTree(RestAssured.given().queryParam("agency", agency).get("/reports").asString());
        assertThat(page.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void filesThatAreNotReportsAreListedAsRejectedAndEveryServiceStaysReady() throws Exception {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        byte[] empty = new byte[0];
        PIPELINE.stack().publish("random.bin", random);
        PIPELINE.stack().publish("empty.txt", empty);
        PIPELINE.stack().publishRaw("reports-ingested", "poison-" + System.nanoTime(), "{ not json".getBytes());

        assertThat(QueriedReports.awaitStatus(QueriedReports.idOf(random), "REJECTED").at("/rejection/reason").asText()).startsWith("not text");
        assertThat(QueriedReports.awaitStatus(QueriedReports.idOf(empty), "REJECTED").at("/rejection/reason").asText()).isEqualTo("empty file");
        JsonNode rejected = JSON.readTree(RestAssured.get("/reports?status=REJECTED&size=200").asString());
        assertThat(rejected.get("items")).extracting(i -> i.get("fileName").asText()).contains("random.bin", "empty.txt");
        await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(RestAssured.get("/reports?status=REJECTED&size=200")
                .asString()).get("items").findValuesAsText("reason").stream().anyMatch(r -> !r.isEmpty() && !r.startsWith("not text") && !r.equals("empty file")));
        assertThat(PIPELINE.stack().allReady()).as("every service still ready").isTrue();

        String goodAfterPoison = "卫滨区商务局 2099 年政府信息公开工作年度报告\n\n一、总体情况\n\n无。\n";
        PIPELINE.stack().publish("after-poison.txt", goodAfterPoison.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        QueriedReports.awaitStatus(QueriedReports.idOf(goodAfterPoison.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "PASSED", "WARNINGS", "INCOMPLETE", "ERRORS");
    }
}
