package nianbao.query.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nianbao.query.rest.TestEvents;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nianbao.query.rest.TestEvents.cell;
import static nianbao.query.rest.TestEvents.id;
import static nianbao.query.rest.TestEvents.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** GET /reports.xlsx read back with POI: the CSV's headers and order, numbers as numbers, text never a formula. */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class XlsxExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String GRANTED = "applications.granted.total";
    private static final String REVIEWS = "reviewsAndLawsuits.review.total";

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
    void xlsxHasTheCsvColumnsNumbersAsNumbersAndTextThatCannotRun() throws Exception {
        String p = "表格省" + UUID.randomUUID().toString().substring(0, 8);
        Random random = new Random(11);
        int granted = 1 + random.nextInt(900);
        int reviews = 1 + random.nextInt(900);
        String agency = "=cmd|' /C calc'!A0";
        String fileName = "@SUM(1+1)*cmd|' /C calc'!A0.docx";
        ObjectNode hostile = cell(cell(report(agency, 2025, p, "表格市", null, "2026-01-02T00:00:00Z"), GRANTED, granted),
                REVIEWS, reviews);
        cell(hostile, "activeDisclosure.feesTenThousandYuan", 2.5);
        cell(hostile, "applications.newReceived.other", null);
        ((ObjectNode) hostile.get("source")).put("fileName", fileName);
        ObjectNode older = cell(report("往年局", 2024, p, "表格市", "某县", "2025-01-02T00:00:00Z"), GRANTED, 3);
        events.parsed(hostile);
        events.parsed(older);
        events.validated(hostile, "ERRORS", "T3-01:error", "T3-02:error", "S06:warning");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("province", p).queryParam("status", "ERRORS")
                .get("/reports").then().body("total", equalTo(1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("province", p)
                .get("/reports").then().body("total", equalTo(2)));

        var response = given().queryParam("province", p).get("/reports.xlsx").then().statusCode(200)
                .contentType(XLSX).header("Content-Disposition", containsString("filename=\"reports.xlsx\"")).extract();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            List<String> header = texts(sheet.getRow(0));
            assertThat(header).hasSize(15 + 207).startsWith("报告编号", "文件名", "发布机关", "年度")
                    .contains("申请-予以公开-总计", "行政复议-总计", "主动公开-行政事业性收费-本年收费金额（万元）");
            Row row = sheet.getRow(1);
            assertThat(string(row, header.indexOf("报告编号"))).isEqualTo(id(hostile));
            assertThat(string(row, header.indexOf("发布机关"))).isEqualTo("'" + agency);
            assertThat(string(row, header.indexOf("文件名"))).isEqualTo("'" + fileName);
            assertThat(string(row, header.indexOf("状态"))).isEqualTo("ERRORS");
            assertThat(number(row, header.indexOf("年度"))).isEqualTo(2025);
            assertThat(number(row, header.indexOf("错误数"))).isEqualTo(2);
            assertThat(number(row, header.indexOf("警告数"))).isEqualTo(1);
            assertThat(number(row, header.indexOf("申请-予以公开-总计"))).isEqualTo(granted);
            assertThat(number(row, header.indexOf("行政复议-总计"))).isEqualTo(reviews);
            assertThat(number(row, header.indexOf("主动公开-行政事业性收费-本年收费金额（万元）"))).isEqualTo(2.5);
            assertThat(row.getCell(header.indexOf("申请-本年新收-其他"))).isNull();
            assertThat(row.getCell(header.indexOf("县"))).isNull();
            assertThat(row.getCell(header.indexOf("当前版本")).getBooleanCellValue()).isTrue();
            Row second = sheet.getRow(2);
            assertThat(string(second, header.indexOf("发布机关"))).isEqualTo("往年局");
            assertThat(number(second, header.indexOf("申请-予以公开-总计"))).isEqualTo(3);
            assertThat(string(second, header.indexOf("状态"))).isEqualTo("PARSED");
            for (Row r : sheet) {
                for (Cell c : r) {
                    assertThat(c.getCellType()).as("cell %s", c.getAddress()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
        String csv = given().queryParam("province", p).get("/reports.csv").then().statusCode(200).extract().asString();
        assertThat(csv).contains(",'" + agency + ",");
        given().queryParam("sort", "nonsense").get("/reports.xlsx").then().statusCode(400);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    private static String string(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell.getCellType()).as("column %d", column).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    private static double number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell.getCellType()).as("column %d", column).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }
}
