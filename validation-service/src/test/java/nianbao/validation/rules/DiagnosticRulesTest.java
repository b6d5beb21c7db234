package nianbao.validation.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every parser diagnostic that affects trust reaches its finding (docs/diagnostics.md): S01, S02, S03, S07, S08, R01. */
class DiagnosticRulesTest {

    private final Validator validator = new Validator(RuleSet.bundled(Map.of()));

    private List<Finding> findings(ObjectNode report, String rule) {
        return validator.validate(report).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    /** A report whose table is not found: every cell null, TABLE_MISSING. */
    private static ObjectNode withoutTable(String table) {
        ObjectNode report = Reports.consistent();
        report.putNull(table);
        return Reports.diagnostic(report, "TABLE_MISSING", table, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"activeDisclosure", "applications", "reviewsAndLawsuits"})
    void aMissingTableIsAnS01ErrorAndItsCellsAreUnreadNotZero(String table) {
        Validation validation = validator.validate(withoutTable(table));

        assertThat(validation.findings()).filteredOn(f -> f.severity().equals("error")).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("S01");
            assertThat(f.cells()).containsExactly(table);
        });
        assertThat(validation.findings()).extracting(Finding::ruleId).doesNotContain("R01", "T3-01", "T4-01", "T2-02");
        assertThat(validation.status()).isEqualTo(Validation.ERRORS);
        assertThat(validation.coverage().cellsRead()).isLessThan(200);
    }

    @Test
    void aSectionOutOfOrderFromTheParserIsAnS02Warning() {
        ObjectNode report = Reports.withSections(Reports.consistent(), Map.of());
        Reports.diagnostic(report, "SECTION_OUT_OF_ORDER", "sections", "3");

        assertThat(findings(report, "S02")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo("warning");
            assertThat(f.cells()).containsExactly("sections.3");
        });
    }

    @Test
    void a2019LayoutTableTwoInA2021ReportIsAnS03ErrorAndItsKeysOfOtherMeaningAreAbsent() {
        ObjectNode report = Reports.consistent();
        for (String cell : List.of("regulations.repealed", "regulations.inForce", "normativeDocuments.repealed",
                "normativeDocuments.inForce", "feesTenThousandYuan")) {
            Reports.with(report, "activeDisclosure." + cell, null);
        }
        Reports.diagnostic(report, "TABLE_2019_LAYOUT", "activeDisclosure", null);

        Validation validation = validator.validate(report);

        assertThat(validation.findings()).filteredOn(f -> f.ruleId().equals("S03")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("activeDisclosure", "year"));
        assertThat(validation.coverage().cellsRead()).isEqualTo(200);
        assertThat(validation.coverage().unchecked()).filteredOn(u -> u.rule().equals("T2-02")).hasSize(2);
        assertThat(findings((ObjectNode) Reports.consistent().put("year", 2020).put("template", "2019"), "S03")).isEmpty();
        ObjectNode in2020 = Reports.diagnostic((ObjectNode) Reports.consistent().put("year", 2020).put("template", "2019"),
                "TABLE_2019_LAYOUT", "activeDisclosure", null);
        assertThat(findings(in2020, "S03")).isEmpty();
    }

    @Test
    void s07FiresWhenTheStatisticalPeriodIsNotTheWholeYear() {
        ObjectNode half = Reports.consistent();
        half.putObject("statisticalPeriod").put("from", "2025-01-01").put("to", "2025-06-30");
        ObjectNode whole = Reports.consistent();
        whole.putObject("statisticalPeriod").put("from", "2025-01-01").put("to", "2025-12-31");
        ObjectNode none = Reports.consistent();
        none.putNull("statisticalPeriod");

        assertThat(findings(half, "S07")).singleElement().satisfies(f -> {
            assertThat(f.cells()).containsExactly("statisticalPeriod", "year");
            assertThat(f.actual()).isEqualTo("2025-01-01 – 2025-06-30");
        });
        assertThat(findings(whole, "S07")).isEmpty();
        assertThat(findings(none, "S07")).isEmpty();
    }

    @Test
    void twoCopiesOfATableWithDifferentNumbersAreAnS08WarningAndR01InfoNeverAnError() {
        ObjectNode report = Reports.with(Reports.consistent(), "applications.granted.total", null);
        Reports.diagnostic(report, "TABLE_CONFLICT", "applications", "granted.total");

        Validation validation = validator.validate(report);

        assertThat(validation.findings()).extracting(Finding::ruleId, Finding::severity).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("S08", "warning"), org.assertj.core.groups.Tuple.tuple("R01", "info"));
        assertThat(validation.findings()).allSatisfy(f -> assertThat(f.cells()).containsExactly("applications.granted.total"));
        assertThat(validation.status()).isEqualTo(Validation.INCOMPLETE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ROW_UNREAD", "ROW_AMBIGUOUS", "ROW_OUT_OF_ORDER", "CELL_TEXT", "NUMBER_TOO_LARGE"})
    void everyCodeOfAnUnreadRowReachesR01(String code) {
        ObjectNode report = Reports.consistent();
        Layout.COLUMNS.forEach(c -> Reports.with(report, "applications.partiallyGranted." + c, null));
        Reports.diagnostic(report, code, "applications", "partiallyGranted");

        Validation validation = validator.validate(report);

        assertThat(validation.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("R01");
            assertThat(f.actual()).startsWith(code);
            assertThat(f.cells()).hasSize(7);
        });
        assertThat(validation.status()).isEqualTo(Validation.INCOMPLETE);
    }

    @Test
    void unplacedValuesReachR01ThoughTheyNameNoCell() {
        ObjectNode report = Reports.diagnostic(Reports.consistent(), "UNPLACED_VALUES", "applications", null);

        assertThat(findings(report, "R01")).singleElement().satisfies(f -> assertThat(f.cells()).containsExactly("applications"));
    }
}
