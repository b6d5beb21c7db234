package nianbao.query.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static nianbao.query.rest.TestEvents.JSON;
import static nianbao.query.rest.TestEvents.cell;
import static nianbao.query.rest.TestEvents.id;
import static nianbao.query.rest.TestEvents.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** GET /stats sums and rates against values computed here, GET /coverage, GET /reports.csv and GET /events. */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class StatsAndExportTest {

    private static final List<String> PATHS = List.of("applications.granted.total", "applications.partiallyGranted.total",
            "applications.totalHandled.total", "reviewsAndLawsuits.review.corrected", "reviewsAndLawsuits.review.total");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @TestHTTPResource("/events")
    URI eventsUri;
    private TestEvents events;

    @BeforeEach
    void connect() {
        events = new TestEvents(bootstrap);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void statsSumEveryCellOfTheCurrentReportsAndDeriveTheRates() throws Exception {
        String p = "统计省" + UUID.randomUUID().toString().substring(0, 8);
        Random random = new Random(7);
        List<ObjectNode> reports = List.of(report("一局", 2025, p, "甲市", "东县", "2026-01-02T00:00:00Z"),
                report("二局", 2025, p, "甲市", "西县", "2026-01-03T00:00:00Z"),
                report("三局", 2025, p, "乙市", null, "2026-01-04T00:00:00Z"));
        int[][] values = new int[reports.size()][PATHS.size()];
        for (int r = 0; r < reports.size(); r++) {
            for (int c = 0; c < PATHS.size(); c++) {
                values[r][c] = 1 + random.nextInt(50);
                cell(reports.get(r), PATHS.get(c), values[r][c]);
            }
            cell(reports.get(r), "activeDisclosure.feesTenThousandYuan", 1.25 * (r + 1));
            events.parsed(reports.get(r));
        }
        cell(reports.get(0), "applications.newReceived.other", 2);
        cell(reports.get(1), "applications.newReceived.other", 2);
        cell(reports.get(2), "applications.newReceived.other", null);
        events.parsed(reports.get(0));
        events.parsed(reports.get(1));
        events.parsed(reports.get(2));
        ObjectNode superseded = cell(report("三局", 2025, p, "乙市", null, "2025-12-01T00:00:00Z"), PATHS.get(0), 1000);
        ObjectNode otherYear = cell(report("四局", 2024, p, "乙市", null, "2025-01-04T00:00:00Z"), PATHS.get(0), 1000);
        events.parsed(superseded);
        events.parsed(otherYear);
        events.validated(reports.get(0), "ERRORS", "T3-01:error");
        events.validated(reports.get(1), "PASSED");
        events.validated(reports.get(2), "WARNINGS", "S06:warning");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("province", p).queryParam("status", "WARNINGS")
                .get("/reports").then().body("total", equalTo(1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("province", p).queryParam("status", "ERRORS")
                .get("/reports").then().body("total", equalTo(1)));

        JsonNode all = stats("year", "2025", "province", p);
        assertThat(all.at("/overall/reports").asInt()).isEqualTo(3);
        assertThat(all.at("/overall/reportsWithErrors").asInt()).isEqualTo(1);
        for (int c = 0; c < PATHS.size(); c++) {
            int sum = 0;
            for (int[] row : values) {
                sum += row[c];
            }
            assertThat(all.at("/overall/sums").get(PATHS.get(c)).asInt()).as(PATHS.get(c)).isEqualTo(sum);
        }
        assertThat(all.at("/overall/sums").get("activeDisclosure.feesTenThousandYuan").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(all.at("/overall/sums").get("applications.newReceived.other").asInt()).isEqualTo(4);
        assertThat(all.at("/overall/blanks").get("applications.newReceived.other").asInt()).isEqualTo(1);
        assertThat(all.at("/overall/sums").size()).isEqualTo(207);
        assertThat(all.at("/overall/rates/substantiveDisclosureRate").decimalValue())
                .isEqualByComparingTo(rate(sum(values, 0) + sum(values, 1), sum(values, 2)));
        assertThat(all.at("/overall/rates/reviewCorrectionRate").decimalValue())
                .isEqualByComparingTo(rate(sum(values, 3), sum(values, 4)));
        assertThat(all.at("/overall/rates/lawsuitCorrectionRate").isNull()).isTrue();

        JsonNode byCity = stats("year", "2025", "province", p, "groupBy", "city");
        assertThat(byCity.get("groups")).extracting(g -> g.get("key").asText()).containsExactly(p + "/乙市", p + "/甲市");
        assertThat(byCity.at("/groups/1/reports").asInt()).isEqualTo(2);
        assertThat(byCity.at("/groups/1/sums").get(PATHS.get(0)).asInt()).isEqualTo(values[0][0] + values[1][0]);
        JsonNode byCounty = stats("year", "2025", "province", p, "groupBy", "county");
        assertThat(byCounty.get("groups")).extracting(g -> g.get("key").asText())
                .containsExactly(p + "/乙市/-", p + "/甲市/东县", p + "/甲市/西县");
        JsonNode byAgency = stats("year", "2025", "province", p, "groupBy", "agency", "excludeErrors", "true");
        assertThat(byAgency.get("groups")).extracting(g -> g.get("key").asText()).containsExactly("三局", "二局");
        assertThat(byAgency.get("excludedWithErrors").asInt()).isEqualTo(1);
        assertThat(byAgency.at("/overall/sums").get(PATHS.get(2)).asInt()).isEqualTo(values[1][2] + values[2][2]);
        assertThat(stats("year", "2024", "province", p).at("/overall/sums").get(PATHS.get(0)).asInt()).isEqualTo(1000);

        given().get("/stats").then().statusCode(400).body("detail", containsString("year"));
        given().queryParam("year", "2025").queryParam("groupBy", "street").get("/stats").then().statusCode(400)
                .body("detail", containsString("groupBy"));
        given().queryParam("year", "2025").queryParam("excludeErrors", "yes").get("/stats").then().statusCode(400)
                .body("detail", containsString("excludeErrors"));
    }

    @Test
    void coverageListsAgenciesWithAndWithoutAReportAndTheLateOnes() throws Exception {
        String city = "覆盖市" + UUID.randomUUID().toString().substring(0, 8);
        String county = "某县" + city;
        ObjectNode onTime = report("准时局", 2025, "覆盖省", city, null, "2026-03-01T00:00:00Z");
        ((ObjectNode) onTime.get("source")).put("publishedAt", "2026-01-31");
        ObjectNode late = report("迟到局", 2025, "覆盖省", city, null, "2026-03-01T00:00:00Z");
        ((ObjectNode) late.get("source")).put("publishedAt", "2026-02-01");
        ObjectNode government = report(city + "人民政府", 2025, "覆盖省", city, null, "2026-03-01T00:00:00Z");
        ((ObjectNode) government.get("source")).put("publishedAt", "2026-03-31");
        ObjectNode noDate = report("无日期局", 2025, "覆盖省", city, county, "2026-03-01T00:00:00Z");
        ObjectNode missing = report("缺报局", 2024, "覆盖省", city, null, "2025-03-01T00:00:00Z");
        for (ObjectNode r : List.of(onTime, late, government, noDate, missing)) {
            events.parsed(r);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("year", "2025").queryParam("region", city)
                .get("/coverage").then().statusCode(200).body("agenciesKnown", equalTo(5)));

        JsonNode coverage = JSON.readTree(given().queryParam("year", "2025").queryParam("region", city).get("/coverage").asString());
        assertThat(coverage.get("withReport")).extracting(e -> e.get("reportId").asText())
                .containsExactlyInAnyOrder(id(onTime), id(late), id(government), id(noDate));
        assertThat(coverage.get("withoutReport")).singleElement().satisfies(e -> {
            assertThat(e.get("agency").asText()).isEqualTo("缺报局");
            assertThat(e.get("latestYear").asInt()).isEqualTo(2024);
        });
        assertThat(coverage.get("publicationDatesKnown").asInt()).isEqualTo(3);
        assertThat(coverage.get("late")).singleElement().satisfies(l -> {
            assertThat(l.get("reportId").asText()).isEqualTo(id(late));
            assertThat(l.get("deadline").asText()).isEqualTo("2026-01-31");
        });
        given().queryParam("year", "2025").queryParam("region", county).get("/coverage").then().body("agenciesKnown", equalTo(1));
        given().queryParam("year", "2025").get("/coverage").then().statusCode(400).body("detail", containsString("region"));
    }

    @Test
    void csvHasChineseHeadersEveryCellAndNoFormulas() throws Exception {
        String p = "导出省" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode formula = cell(report("=1+2局", 2025, p, "导出市", null, "2026-01-02T00:00:00Z"),
                "applications.granted.total", 12);
        cell(formula, "applications.newReceived.other", null);
        events.parsed(formula);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("province", p).get("/reports").then().body("total", equalTo(1)));

        String csv = given().queryParam("province", p).get("/reports.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        List<String> row = List.of(lines.get(1).split(",", -1));
        assertThat(header).hasSize(15 + 207).contains("发布机关", "年度", "申请-予以公开-总计");
        assertThat(row.get(header.indexOf("申请-予以公开-总计"))).isEqualTo("12");
        assertThat(row.get(header.indexOf("申请-本年新收-其他"))).isEmpty();
        assertThat(lines.get(1)).contains(",'=1+2局,").doesNotContain(",=");
        given().queryParam("sort", "nonsense").get("/reports.csv").then().statusCode(400);
    }

    @Test
    void eventsStreamValidationResultsAsTheyArrive() throws Exception {
        ObjectNode report = report("推送局", 2025, "推送省", "推送市", null, "2026-01-02T00:00:00Z");
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<java.util.stream.Stream<String>> response = client.send(HttpRequest.newBuilder(eventsUri)
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        try (var lines = response.body()) {
            CompletableFuture<String> line = CompletableFuture.supplyAsync(() ->
                    lines.filter(l -> l.contains(id(report))).findFirst().orElse(""));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                events.validated(report, "WARNINGS", "S06:warning");
                return line.isDone();
            });
            JsonNode data = JSON.readTree(line.get().substring("data:".length()));
            assertThat(data.get("reportId").asText()).isEqualTo(id(report));
            assertThat(data.get("status").asText()).isEqualTo("WARNINGS");
            assertThat(data.get("warnings").asInt()).isEqualTo(1);
        }
    }

    private static JsonNode stats(String... params) throws Exception {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return JSON.readTree(request.get("/stats").then().statusCode(200).extract().asString());
    }

    private static int sum(int[][] values, int column) {
        int sum = 0;
        for (int[] row : values) {
            sum += row[column];
        }
        return sum;
    }

    private static BigDecimal rate(int numerator, int denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }
}
