package nianbao.parser.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.parser.model.Diagnostic;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.parsing.ReportParser;
import nianbao.parser.region.RegionResolver;
import nianbao.support.test.JsonCells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed reports in the other layouts agencies publish (markdown pipe tables, PDF extraction, GB18030, web pages with span fragments, and with
 * non-zero numbers): every one of the 200 cells equals the expected value, agency and year are right, and every null
 * cell still has its diagnostic.
 */
class LayoutCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReportParser PARSER = new ReportParser(RegionResolver.load());
    private static final List<String> TABLES = List.of("activeDisclosure", "applications", "reviewsAndLawsuits");

    static Stream<LayoutCorpus.Case> corpus() {
        return LayoutCorpus.SEEDS.stream()
                .flatMap(seed -> Arrays.stream(LayoutCorpus.Layout.values()).map(layout -> LayoutCorpus.render(seed, layout)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCellEqualsTheExpectedValue(LayoutCorpus.Case c) {
        ParsedReport report = c.layout().name().endsWith("HTML")
                ? PARSER.parseHtml(c.seed() + "-" + c.layout(), c.text(), null)
                : PARSER.parse(c.seed() + "-" + c.layout(), c.text(), null);
        JsonNode actual = JSON.valueToTree(report);

        assertThat(report.agency()).as(c + " agency").isEqualTo(c.expected().get("agency").asText());
        assertThat(report.year()).as(c + " year").isEqualTo(c.expected().get("year").asInt());
        Map<String, String> want = new TreeMap<>();
        Map<String, String> got = new TreeMap<>();
        for (String table : TABLES) {
            want.putAll(JsonCells.flatten(table, c.expected().get(table)));
            got.putAll(JsonCells.flatten(table, actual.get(table)));
        }
        assertThat(want.keySet().stream().filter(k -> !k.endsWith(".combined"))).as(c + " cell count").hasSize(200);
        assertThat(got).as(c.toString()).containsExactlyInAnyOrderEntriesOf(want);
        for (JsonNode nullCell : c.expected().get("nullCells")) {
            assertThat(hasDiagnosticFor(report.diagnostics(), nullCell.get("path").asText(), nullCell.get("reason").asText()))
                    .as(c + ": diagnostic " + nullCell).isTrue();
        }
    }

    @Test
    void nonZeroLayoutsAreMostlyNonZero() {
        LayoutCorpus.Case c = LayoutCorpus.render(LayoutCorpus.SEEDS.get(0), LayoutCorpus.Layout.NON_ZERO);
        long nonZero = JsonCells.flatten("applications", c.expected().get("applications")).values().stream()
                .filter(v -> !v.equals("0") && !v.equals("null")).count();
        assertThat(nonZero).isGreaterThan(100);
    }

    @Test
    void gb18030RoundTripKeepsTheText() {
        LayoutCorpus.Case original = LayoutCorpus.render(LayoutCorpus.SEEDS.get(0), LayoutCorpus.Layout.NON_ZERO);
        assertThat(LayoutRenderer.gb18030RoundTrip(original.text())).isEqualTo(original.text());
    }

    private static boolean hasDiagnosticFor(List<Diagnostic> diagnostics, String path, String code) {
        String table = path.substring(0, path.indexOf('.'));
        String cell = path.substring(path.indexOf('.') + 1);
        String column = cell.substring(cell.lastIndexOf('.') + 1);
        return diagnostics.stream().anyMatch(d -> d.code().equals(code) && table.equals(d.table())
                && (cell.equals(d.cell()) || ("COLUMN_MISSING".equals(code) && column.equals(d.cell()))));
    }
}
