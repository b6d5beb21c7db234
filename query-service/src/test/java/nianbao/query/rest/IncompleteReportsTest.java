package nianbao.query.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nianbao.query.rest.TestEvents.JSON;
import static nianbao.query.rest.TestEvents.id;
import static nianbao.query.rest.TestEvents.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Validations with coverage (docs/events.md): INCOMPLETE is a status of its own in searches, the report, its findings,
 * the statistics and both exports, with cells read and identities unchecked; a validation without coverage (an older
 * event) stays valid; one with a status the event does not define is dead-lettered.
 */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class IncompleteReportsTest {

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
    void incompleteReportsAreListedCountedAndExportedWithWhatWasRead() throws Exception {
        String p = "覆盖率省" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode incomplete = report("未读全局", 2025, p, "一市", null, "2026-01-05T00:00:00Z");
        ObjectNode passed = report("读全局", 2025, p, "一市", null, "2026-01-05T00:00:00Z");
        ObjectNode older = report("旧事件局", 2025, p, "二市", null, "2026-01-05T00:00:00Z");
        for (ObjectNode r : List.of(incomplete, passed, older)) {
            events.parsed(r);
        }
        events.validatedWithCoverage(incomplete, "INCOMPLETE", 193, 2);
        events.validatedWithCoverage(passed, "PASSED", 200, 0);
        events.validated(older, "WARNINGS", "S06:warning");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ids("province", p, "sort", "status"))
                .containsExactly(id(incomplete), id(passed), id(older)));

        JsonNode listed = page("province", p, "status", "INCOMPLETE").get("items");
        assertThat(listed).singleElement().satisfies(item -> {
            assertThat(item.get("reportId").asText()).isEqualTo(id(incomplete));
            assertThat(item.get("status").asText()).isEqualTo("INCOMPLETE");
            assertThat(item.get("cellsRead").asInt()).isEqualTo(193);
            assertThat(item.get("cellsExpected").asInt()).isEqualTo(200);
            assertThat(item.get("identitiesUnchecked").asInt()).isEqualTo(2);
        });
        assertThat(ids("province", p, "status", "PASSED")).containsExactly(id(passed));
        JsonNode withoutCoverage = page("province", p, "status", "WARNINGS").get("items").get(0);
        assertThat(withoutCoverage.get("cellsRead").isNull()).isTrue();
        assertThat(withoutCoverage.get("identitiesUnchecked").isNull()).isTrue();

        given().get("/reports/" + id(incomplete)).then().statusCode(200).body("status", equalTo("INCOMPLETE"))
                .body("validation.coverage.cellsRead", equalTo(193))
                .body("validation.coverage.unchecked[1].missing[0]", equalTo("applications.granted.column1"));
        given().get("/reports/" + id(incomplete) + "/findings").then().statusCode(200)
                .body("coverage.identitiesUnchecked", equalTo(2)).body("status", equalTo("INCOMPLETE"));

        JsonNode stats = JSON.readTree(given().queryParam("year", "2025").queryParam("province", p).get("/stats")
                .then().statusCode(200).extract().asString());
        assertThat(stats.at("/overall/reports").asInt()).isEqualTo(3);
        assertThat(stats.at("/overall/reportsByStatus/INCOMPLETE").asInt()).isEqualTo(1);
        assertThat(stats.at("/overall/reportsByStatus/PASSED").asInt()).isEqualTo(1);
        assertThat(stats.at("/overall/reportsByStatus/WARNINGS").asInt()).isEqualTo(1);
        assertThat(stats.at("/overall/reportsWithErrors").asInt()).isZero();

        List<String> csv = given().queryParam("province", p).queryParam("status", "INCOMPLETE").get("/reports.csv")
                .then().statusCode(200).extract().asString().lines().toList();
        List<String> header = List.of(csv.get(0).replace("\uFEFF", "").split(","));
        List<String> row = List.of(csv.get(1).split(",", -1));
        assertThat(row.get(header.indexOf("状态"))).isEqualTo("INCOMPLETE");
        assertThat(row.get(header.indexOf("已读单元格数"))).isEqualTo("193");
        assertThat(row.get(header.indexOf("应读单元格数"))).isEqualTo("200");
        assertThat(row.get(header.indexOf("未能核对的勾稽关系数"))).isEqualTo("2");
        byte[] xlsx = given().queryParam("province", p).queryParam("status", "INCOMPLETE").get("/reports.xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row first = workbook.getSheetAt(0).getRow(1);
            assertThat(first.getCell(header.indexOf("状态")).getStringCellValue()).isEqualTo("INCOMPLETE");
            assertThat(first.getCell(header.indexOf("已读单元格数")).getNumericCellValue()).isEqualTo(193);
            assertThat(first.getCell(header.indexOf("未能核对的勾稽关系数")).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void aValidationWithAStatusTheEventDoesNotDefineIsDeadLettered() throws Exception {
        ObjectNode report = report("绿色局", 2025, "状态省", "状态市", null, "2026-01-05T00:00:00Z");
        events.parsed(report);
        events.validated(report, "GREEN");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/reports/" + id(report)).then()
                .body("status", equalTo("REJECTED"))
                .body("rejection.stage", equalTo("dead-letter:reports-validated-dlq"))
                .body("rejection.reason", startsWith("not a reports-validated event: status must be one of")));
    }

    private static List<String> ids(String... params) throws Exception {
        List<String> ids = new ArrayList<>();
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
