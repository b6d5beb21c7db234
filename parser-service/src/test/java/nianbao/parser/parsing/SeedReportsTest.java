package nianbao.parser.parsing;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.support.test.JsonCells;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.parser.model.Diagnostic;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.region.RegionResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seed reports, exactly as agencies published them: every one of the 200 cells equals the hand-checked
 * JSON in src/test/resources/expected/, and every null cell has a diagnostic saying why.
 */
class SeedReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReportParser PARSER = new ReportParser(RegionResolver.load());
    private static final List<String> TABLES = List.of("activeDisclosure", "applications", "reviewsAndLawsuits");

    @ParameterizedTest
    @ValueSource(strings = {"000_2f8ee6c9bd0fa497", "001_f44f10d947acded0", "002_e0a437375778a97d",
            "003_823561134eb090dd", "004_98d78a100eee2400"})
    void everyCellEqualsTheHandCheckedValue(String seed) throws IOException {
        JsonNode expected = JSON.readTree(resource("/expected/" + seed + ".json"));
        ParsedReport report = PARSER.parse(seed, new String(resource("/seeds/" + seed + ".txt"), StandardCharsets.UTF_8), null);
        JsonNode actual = JSON.valueToTree(report);

        assertThat(report.agency()).isEqualTo(expected.get("agency").asText());
        assertThat(report.year()).isEqualTo(expected.get("year").asInt());
        assertThat(report.title()).isEqualTo(expected.get("title").asText());
        assertThat(report.template()).isEqualTo(expected.get("template").asText());
        for (String table : TABLES) {
            Map<String, String> want = JsonCells.flatten(table, expected.get(table));
            Map<String, String> got = JsonCells.flatten(table, actual.get(table));
            assertThat(got).as(seed + " " + table).containsExactlyInAnyOrderEntriesOf(want);
        }
        for (JsonNode nullCell : expected.get("nullCells")) {
            assertThat(hasDiagnosticFor(report.diagnostics(), nullCell.get("path").asText(), nullCell.get("reason").asText()))
                    .as(seed + ": diagnostic " + nullCell).isTrue();
        }
    }

    private static boolean hasDiagnosticFor(List<Diagnostic> diagnostics, String path, String code) {
        String table = path.substring(0, path.indexOf('.'));
        String cell = path.substring(path.indexOf('.') + 1);
        String column = cell.substring(cell.lastIndexOf('.') + 1);
        return diagnostics.stream().anyMatch(d -> d.code().equals(code) && table.equals(d.table())
                && (cell.equals(d.cell()) || ("COLUMN_MISSING".equals(code) && column.equals(d.cell()))));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SeedReportsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
