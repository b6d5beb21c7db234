package nianbao.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import nianbao.support.test.JsonCells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A scanned report through the whole pipeline (issue 16): seed 001 printed at 300 dpi and scanned to a black-and-white
 * image-only PDF (CCITT G4, as a document scanner saves it), with a drop of ink over a number of its table page
 * (src/test/resources/scanned, made by ingest-service's ScannedSeedResource), published on report-files. query-service
 * has the seed's cells, read by OCR: every cell the seed's text holds, except those OCR could not read with confidence,
 * which are null, unread, with an OCR_UNCERTAIN diagnostic naming the page and the box; the stained number is one of
 * them. The source says how it was read. Needs Tesseract with chi_sim and eng (deploy/system-packages.sh).
 */
class ScannedReportEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = RunningPipeline.ROOT;
    private static final String SEED = "001_f44f10d947acded0";
    private static final String SCAN = "scanned/" + SEED + ".scanned.pdf";
    private static final List<String> TABLES = List.of("activeDisclosure", "applications", "reviewsAndLawsuits");
    /** OCR of four pages on a busy 2-core machine: generous, a hang guard rather than a speed claim. */
    private static final Duration OCR_WAIT = Duration.ofMinutes(4);

    @RegisterExtension
    static final RunningPipeline PIPELINE = new RunningPipeline();

    @Test
    void aScannedPdfReachesQueryServiceWithTheSeedsCellsAndHowItWasRead() throws Exception {
        byte[] scan = resource(SCAN);
        PIPELINE.stack().publish("scanned-report.pdf", scan);

        JsonNode report = awaitRead(QueriedReports.idOf(scan));

        JsonNode expected = JSON.readTree(ROOT.resolve("parser-service/src/test/resources/expected/" + SEED + ".json").toFile());
        assertThat(report.at("/source/fileName").asText()).isEqualTo("scanned-report.pdf");
        assertThat(report.at("/source/mediaType").asText()).isEqualTo("application/pdf");
        assertThat(report.get("agency").asText()).isEqualTo(expected.get("agency").asText());
        assertThat(report.get("year").asInt()).isEqualTo(expected.get("year").asInt());
        JsonNode ocr = report.at("/source/ocr");
        assertThat(ocr.get("pages").asInt()).isEqualTo(4);
        assertThat(ocr.get("meanConfidence").asDouble()).isBetween(60.0, 100.0);
        assertThat(ocr.get("seconds").asDouble()).isPositive();
        assertThat(ocr.get("engine").asText()).startsWith("tesseract ");

        Map<String, String> uncertain = new HashMap<>();
        for (JsonNode d : report.get("diagnostics")) {
            if (d.get("code").asText().equals("OCR_UNCERTAIN")) {
                uncertain.put(d.get("table").asText() + "." + d.get("cell").asText(), d.get("message").asText());
            }
        }
        assertThat(uncertain).as("the stained number is read without confidence").isNotEmpty()
                .allSatisfy((cell, message) -> assertThat(message).matches("OCR read \"[^\"]*\" without confidence at "
                        + "page \\d, x=\\d+ y=\\d+ w=\\d+ h=\\d+; not taken as a value"));
        assertThat(uncertain.values()).anySatisfy(message -> assertThat(message).contains("at page 2, "));
        List<String> unread = JSON.convertValue(report.at("/reading/unread"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        assertThat(unread).containsAll(uncertain.keySet());
        for (String table : TABLES) {
            Map<String, String> want = new HashMap<>(JsonCells.flatten(table, expected.get(table)));
            want.keySet().stream().filter(uncertain::containsKey).forEach(cell -> want.put(cell, "null"));
            assertThat(JsonCells.flatten(table, report.get(table))).as(table).containsExactlyInAnyOrderEntriesOf(want);
        }
    }

    /** Waits until query-service has the report, read (OCR takes tens of seconds), and returns it. */
    private static JsonNode awaitRead(String reportId) {
        JsonNode report = await("scanned report " + reportId + " read").atMost(OCR_WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    var response = RestAssured.get("/reports/" + reportId);
                    return response.statusCode() == 200 ? JSON.readTree(response.asString()) : null;
                }, r -> r != null && List.of("PASSED", "WARNINGS", "INCOMPLETE", "ERRORS", "REJECTED").contains(r.get("status").asText()));
        assertThat(report.get("status").asText()).as("status of %s", report).isNotEqualTo("REJECTED");
        return report;
    }

    private static byte[] resource(String name) throws Exception {
        try (var in = ScannedReportEndToEndIT.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
