package nianbao.query.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nianbao.query.rest.TestEvents.JSON;
import static nianbao.query.rest.TestEvents.id;
import static nianbao.query.rest.TestEvents.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** GET /reports filters, sort and paging; versions of one agency and year; agencies and their timeline. */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class ReportSearchTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
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
    void everyFilterSelectsExactlyTheMatchingReports() throws Exception {
        String p = "筛选省" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode a = report("甲局", 2025, p, "一市", "东县", "2026-01-05T00:00:00Z");
        ObjectNode b = report("乙局", 2025, p, "一市", "西县", "2026-01-06T00:00:00Z");
        ObjectNode c = report("丙局", 2024, p, "二市", null, "2025-01-06T00:00:00Z").put("template", "2019");
        events.parsed(a);
        events.parsed(b);
        events.parsed(c);
        events.validated(a, "ERRORS", "T3-01:error", "S06:warning");
        events.validated(b, "WARNINGS", "T3-01:warning", "X01:warning", "X02:warning");
        events.validated(c, "PASSED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ids("province", p, "status", "PASSED")).containsExactly(id(c)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ids("province", p, "status", "WARNINGS")).containsExactly(id(b)));

        assertThat(ids("province", p, "sort", "agency")).containsExactly(id(c), id(b), id(a)); // 丙 U+4E19, 乙 U+4E59, 甲 U+7532
        assertThat(ids("province", p, "year", "2025", "sort", "agency")).containsExactly(id(b), id(a));
        assertThat(ids("province", p, "city", "一市", "sort", "agency")).containsExactly(id(b), id(a));
        assertThat(ids("province", p, "county", "西县")).containsExactly(id(b));
        assertThat(ids("province", p, "template", "2019")).containsExactly(id(c));
        assertThat(ids("province", p, "status", "ERRORS")).containsExactly(id(a));
        assertThat(ids("province", p, "ruleId", "T3-01", "sort", "agency")).containsExactly(id(b), id(a));
        assertThat(ids("province", p, "ruleId", "t3-01", "severity", "error")).containsExactly(id(a));
        assertThat(ids("province", p, "ruleId", "X01")).containsExactly(id(b));
        assertThat(ids("province", p, "severity", "warning", "sort", "agency")).containsExactly(id(b), id(a));
        assertThat(ids("province", p, "agency", "乙")).containsExactly(id(b));
        assertThat(ids("province", p, "sort", "-warnings")).containsExactly(id(b), id(a), id(c));
        assertThat(ids("province", p, "sort", "year,-agency")).containsExactly(id(c), id(a), id(b));
        assertThat(ids("province", p)).containsExactly(id(b), id(a), id(c)); // default: newest year, then agency

        JsonNode page1 = page("province", p, "sort", "agency", "size", "2", "page", "1");
        assertThat(page1.get("total").asInt()).isEqualTo(3);
        assertThat(page1.get("items")).extracting(i -> i.get("reportId").asText()).containsExactly(id(a));
        JsonNode first = page("province", p, "county", "东县").get("items").get(0);
        assertThat(first.get("city").asText()).isEqualTo("一市");
        assertThat(first.get("current").asBoolean()).isTrue();
        assertThat(first.get("receivedAt").asText()).isEqualTo("2026-01-05T00:00:00Z");
    }

    @Test
    void aLaterFileOfTheSameAgencyAndYearIsCurrentWhateverTheArrivalOrder() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String p = "版本省" + suffix;
        ObjectNode first = report("版本局" + suffix, 2025, p, "一市", null, "2026-01-10T08:00:00Z");
        ObjectNode corrected = report("版本局 " + suffix + "\u3000", 2025, p, "一市", null, "2026-02-01T08:00:00.5Z");
        ObjectNode otherYear = report("版本局" + suffix, 2024, p, "一市", null, "2025-01-10T08:00:00Z");
        events.parsed(corrected);
        events.parsed(otherYear);
        events.parsed(first);
        events.parsed(corrected);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/reports/" + id(first) + "/versions").then().statusCode(200)
                        .body("currentReportId", equalTo(id(corrected)))
                        .body("versions.reportId", equalTo(List.of(id(corrected), id(first)))));
        assertThat(ids("province", p, "current", "true")).containsExactlyInAnyOrder(id(corrected), id(otherYear));
        assertThat(ids("province", p)).hasSize(3);
        given().get("/reports/" + id(first)).then().statusCode(200).body("agency", equalTo("版本局" + suffix));
        given().get("/reports/" + id(otherYear) + "/versions").then().statusCode(200)
                .body("versions.reportId", equalTo(List.of(id(otherYear))));

        events.rejected(corrected);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/reports/" + id(first) + "/versions").then().body("currentReportId", equalTo(id(first))));
    }

    @Test
    void agenciesAreFoundByNameAndFollowedOverTheYears() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String agency = "时间线局" + suffix;
        ObjectNode y2023 = TestEvents.cell(report(agency, 2023, "线省", "线市", null, "2024-01-10T00:00:00Z"),
                "applications.newReceived.total", 10);
        ObjectNode y2024 = TestEvents.cell(report(agency, 2024, "线省", "线市", null, "2025-01-10T00:00:00Z"),
                "applications.newReceived.total", 14);
        ObjectNode y2026 = TestEvents.cell(report(agency, 2026, "线省", "线市", null, "2027-01-10T00:00:00Z"),
                "applications.newReceived.total", 3);
        TestEvents.cell(y2024, "reviewsAndLawsuits.review.total", 2);
        TestEvents.cell(y2023, "reviewsAndLawsuits.review.total", null);
        for (ObjectNode r : List.of(y2026, y2023, y2024)) {
            events.parsed(r);
        }
        ObjectNode similar = report("时间线局" + suffix + "分局", 2025, "线省", "线市", null, "2026-01-10T00:00:00Z");
        events.parsed(similar);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/agencies/" + agency + "/reports").then().statusCode(200).body("years.size()", equalTo(3)));
        JsonNode timeline = JSON.readTree(given().get("/agencies/ " + agency + " /reports").asString()).get("years");
        assertThat(timeline).extracting(e -> e.get("year").asInt()).containsExactly(2023, 2024, 2026);
        assertThat(timeline.get(0).get("changes")).isEmpty();
        assertThat(timeline.get(1).get("comparedWithYear").asInt()).isEqualTo(2023);
        assertThat(timeline.get(1).at("/changes/applications.newReceived.total").asInt()).isEqualTo(14 - 10);
        assertThat(timeline.get(1).at("/changes/reviewsAndLawsuits.review.total").isNull()).isTrue();
        assertThat(timeline.get(2).get("comparedWithYear").isNull()).isTrue();
        assertThat(timeline.get(2).at("/figures/applications.newReceived.total").asInt()).isEqualTo(3);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("q", "时间线局" + suffix).get("/agencies").then().statusCode(200).body("total", equalTo(2)));
        JsonNode agencies = JSON.readTree(given().queryParam("q", "时间线局" + suffix).get("/agencies").asString());
        assertThat(agencies.get("items")).extracting(i -> i.get("agency").asText()).containsExactly(agency, agency + "分局");
        assertThat(agencies.at("/items/0/years")).extracting(JsonNode::asInt).containsExactly(2023, 2024, 2026);
        given().queryParam("q", ".*").get("/agencies").then().statusCode(200).body("total", equalTo(0));
        given().get("/agencies/无此机关" + suffix + "/reports").then().statusCode(404);
    }

    @Test
    void everyListComesAPageAtATimeWithItsTotal() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String city = "分页市" + suffix;
        List<ObjectNode> reports = List.of(report("分页甲局" + suffix, 2025, "分页省", city, null, "2026-01-10T00:00:00Z"),
                report("分页乙局" + suffix, 2025, "分页省", city, null, "2026-01-11T00:00:00Z"),
                report("分页丙局" + suffix, 2024, "分页省", city, null, "2025-01-12T00:00:00Z"));
        for (ObjectNode r : reports) {
            events.parsed(r);
        }
        events.validated(reports.get(0), "ERRORS", "T3-01:error", "T3-02:error", "S06:warning");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().queryParam("q", suffix).get("/agencies").then().body("total", equalTo(3));
            given().get("/reports/" + id(reports.get(0)) + "/findings").then().body("total", equalTo(3));
        });

        JsonNode first = JSON.readTree(given().queryParam("q", suffix).queryParam("size", "2").get("/agencies").asString());
        JsonNode second = JSON.readTree(given().queryParam("q", suffix).queryParam("size", "2").queryParam("page", "1")
                .get("/agencies").asString());
        assertThat(first.get("items")).hasSize(2);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("total").asInt()).isEqualTo(3);
        given().get("/reports/" + id(reports.get(0)) + "/findings?size=2&page=1").then().statusCode(200)
                .body("findings.size()", equalTo(1)).body("findings[0].ruleId", equalTo("S06")).body("total", equalTo(3));
        given().queryParam("year", "2025").queryParam("region", city).queryParam("size", "1").get("/coverage").then()
                .body("withReport.size()", equalTo(1)).body("withReportTotal", equalTo(2)).body("withoutReportTotal", equalTo(1));
        given().queryParam("year", "2025").queryParam("region", city).queryParam("groupBy", "agency").queryParam("size", "1")
                .get("/stats").then().body("groups.size()", equalTo(1)).body("totalGroups", equalTo(2));
        given().queryParam("year", "2025").queryParam("region", city).queryParam("groupBy", "subregion").get("/stats").then()
                .body("groups.key", org.hamcrest.Matchers.contains("-"));
        given().queryParam("region", city).get("/reports").then().body("total", equalTo(3));
        given().get("/reports/" + id(reports.get(0)) + "/versions?size=1").then().body("total", equalTo(1))
                .body("versions.size()", equalTo(1));
    }

    @Test
    void badSearchParametersSayWhichAndWhy() {
        given().queryParam("size", "201").get("/reports").then().statusCode(400).body("detail", containsString("size"));
        given().queryParam("page", "-1").get("/reports").then().statusCode(400).body("detail", containsString("page"));
        given().queryParam("sort", "report.agency").get("/reports").then().statusCode(400).body("detail", containsString("sort"));
        given().queryParam("severity", "fatal").get("/reports").then().statusCode(400).body("detail", containsString("severity"));
        given().queryParam("ruleId", "{\"$ne\":1}").get("/reports").then().statusCode(400).body("detail", containsString("ruleId"));
        given().queryParam("template", "2077").get("/reports").then().statusCode(400).body("detail", containsString("template"));
        given().queryParam("current", "maybe").get("/reports").then().statusCode(400).body("detail", containsString("current"));
        given().queryParam("province", "x".repeat(101)).get("/reports").then().statusCode(400).body("detail", containsString("province"));
        given().queryParam("province", "{\"$ne\":null}").get("/reports").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("limit", "0").get("/agencies").then().statusCode(400).body("detail", containsString("limit"));
    }

    private static List<String> ids(String... params) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        page(params).get("items").forEach(i -> ids.add(i.get("reportId").asText()));
        return ids;
    }

    private static JsonNode page(String... params) throws Exception {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return JSON.readTree(request.get("/reports").then().statusCode(200).extract().asString());
    }
}
