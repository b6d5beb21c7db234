package nianbao.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.support.test.JsonCells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seed reports as agencies publish them (Word .docx and .doc, PDF, a web page inside site navigation,
 * GB18030 text; rendered by LibreOffice, see ingest-service/src/test/resources/fixtures/make-fixtures.py) pass
 * through all four services with exactly the 200 cells of the seed's text; broken files are listed as rejected.
 */
class FormatsEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = RunningPipeline.ROOT;
    private static final Path FIXTURES = ROOT.resolve("ingest-service/src/test/resources/fixtures");
    private static final List<String> SEEDS = List.of("000_2f8ee6c9bd0fa497", "001_f44f10d947acded0",
            "002_e0a437375778a97d", "003_823561134eb090dd", "004_98d78a100eee2400");
    private static final Map<String, String> FORMATS = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "doc", "application/msword",
            "pdf", "application/pdf",
            "html", "text/html",
            "gb18030.txt", "text/plain");
    private static final List<String> TABLES = List.of("activeDisclosure", "applications", "reviewsAndLawsuits");

    @RegisterExtension
    static final RunningPipeline PIPELINE = new RunningPipeline();

    @Test
    void everyFormatOfEverySeedYieldsTheSeedsCells() throws Exception {
        for (String seed : SEEDS) {
            for (String format : FORMATS.keySet()) {
                PIPELINE.stack().publish(seed + "." + format, Files.readAllBytes(FIXTURES.resolve(seed + "." + format)));
            }
        }
        for (String seed : SEEDS) {
            JsonNode expected = JSON.readTree(ROOT.resolve("parser-service/src/test/resources/expected/" + seed + ".json").toFile());
            for (var format : FORMATS.entrySet()) {
                String file = seed + "." + format.getKey();
                JsonNode report = QueriedReports.awaitStatus(QueriedReports.idOf(Files.readAllBytes(FIXTURES.resolve(file))),
                        "PASSED", "WARNINGS", "INCOMPLETE", "ERRORS");

                assertThat(report.at("/source/fileName").asText()).isEqualTo(file);
                assertThat(report.at("/source/mediaType").asText()).as(file).isEqualTo(format.getValue());
                assertThat(report.get("agency").asText()).as(file).isEqualTo(expected.get("agency").asText());
                assertThat(report.get("year").asInt()).as(file).isEqualTo(expected.get("year").asInt());
                for (String table : TABLES) {
                    assertThat(JsonCells.flatten(table, report.get(table))).as(file + " " + table)
                            .containsExactlyInAnyOrderEntriesOf(JsonCells.flatten(table, expected.get(table)));
                }
            }
        }
    }

    @Test
    void brokenFilesAreRejectedWithTheirReasonAndEveryServiceStaysReady() throws Exception {
        byte[] pdf = Files.readAllBytes(FIXTURES.resolve("003_823561134eb090dd.pdf"));
        byte[] truncated = Arrays.copyOf(pdf, pdf.length - 4096);
        byte[] notAReport = ("%PDF-1.4 broken " + System.nanoTime() + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        PIPELINE.stack().publish("truncated.pdf", truncated);
        PIPELINE.stack().publish("report.docx", notAReport);

        assertThat(QueriedReports.awaitStatus(QueriedReports.idOf(truncated), "REJECTED").at("/rejection/reason").asText())
                .startsWith("truncated PDF");
        JsonNode wrongExtension = QueriedReports.awaitStatus(QueriedReports.idOf(notAReport), "REJECTED");
        assertThat(wrongExtension.at("/rejection/reason").asText()).startsWith("damaged PDF");
        assertThat(wrongExtension.get("fileName").asText()).isEqualTo("report.docx");
        assertThat(PIPELINE.stack().allReady()).as("every service still ready").isTrue();
    }
}
