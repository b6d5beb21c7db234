package nianbao.parser.parsing;

import nianbao.parser.model.Diagnostic;
import nianbao.parser.model.NarrativeFact;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.region.RegionResolver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2019 format keeps its own meanings: only table 二 columns that mean the same as a 2021 key are mapped, and
 * its single （六）其他处理 row goes under {@code otherHandling.combined}. Older reports are "legacy".
 */
class TemplateFormatsTest {

    private static final ReportParser PARSER = new ReportParser(RegionResolver.load());

    @Test
    void a2019ReportKeepsItsOwnMeanings() throws IOException {
        ParsedReport report = PARSER.parse("r2019", resource("/reports/format-2019.txt"), null);

        assertThat(report.template()).isEqualTo("2019");
        assertThat(report.templateSignals()).anyMatch(s -> s.contains("2019"));
        assertThat(report.year()).isEqualTo(2020);
        assertThat(report.region().code()).isEqualTo("640381");
        assertThat(report.activeDisclosure().normativeDocuments().issued()).isEqualByComparingTo("3");
        assertThat(report.activeDisclosure().normativeDocuments().inForce()).as("对外公开总数量 is not 现行有效件数").isNull();
        assertThat(report.activeDisclosure().normativeDocuments().repealed()).isNull();
        assertThat(report.activeDisclosure().licensing()).isEqualByComparingTo("135");
        assertThat(report.activeDisclosure().punishment()).isEqualByComparingTo("17");
        assertThat(report.activeDisclosure().compulsion()).isEqualByComparingTo("2");
        assertThat(report.activeDisclosure().feesTenThousandYuan()).as("2019 counts fee items, no amount").isNull();

        var otherHandling = report.applications().otherHandling();
        assertThat(otherHandling.combined().naturalPerson()).isEqualByComparingTo("1");
        assertThat(otherHandling.combined().total()).isEqualByComparingTo("1");
        assertThat(otherHandling.overdueCorrection()).isEqualTo(new nianbao.parser.model.ApplicationRow(null, null, null, null, null, null, null));
        assertThat(report.applications().totalHandled().total()).isEqualByComparingTo("12");
        assertThat(report.diagnostics()).extracting(Diagnostic::code).contains("OTHER_HANDLING_COMBINED", "TABLE_2019_LAYOUT")
                .doesNotContain("ROW_MISSING");
    }

    @Test
    void numbersStatedInTheOverviewAreFactsWithTheirSentence() throws IOException {
        ParsedReport report = PARSER.parse("r2019", resource("/reports/format-2019.txt"), null);

        assertThat(report.narrativeFacts()).extracting(NarrativeFact::kind, NarrativeFact::value)
                .contains(org.assertj.core.groups.Tuple.tuple("applicationsReceived", new BigDecimal("12")),
                        org.assertj.core.groups.Tuple.tuple("granted", new BigDecimal("7")),
                        org.assertj.core.groups.Tuple.tuple("carriedForward", new BigDecimal("1")),
                        org.assertj.core.groups.Tuple.tuple("reviews", BigDecimal.ZERO),
                        org.assertj.core.groups.Tuple.tuple("lawsuits", BigDecimal.ZERO));
        assertThat(report.narrativeFacts()).allSatisfy(f -> assertThat(f.sentence()).isNotBlank());
    }

    @Test
    void aReportWithoutTheStandardTablesBefore2019IsLegacy() {
        String text = "某县统计局2017年政府信息公开工作年度报告\n\n一、概述\n\n二、主动公开政府信息的情况\n\n本年主动公开信息120条。\n";

        ParsedReport report = PARSER.parse("legacy", text, null);

        assertThat(report.template()).isEqualTo("legacy");
        assertThat(report.year()).isEqualTo(2017);
    }

    @Test
    void textThatIsNoReportIsUnknownWithDiagnosticsAndNoNumbers() {
        ParsedReport report = PARSER.parse("novel", "从前有座山，山里有座庙。庙里有个老和尚在讲故事，讲的是 3 个小和尚。", null);

        assertThat(report.template()).isEqualTo("unknown");
        assertThat(report.agency()).isNull();
        assertThat(report.diagnostics()).extracting(Diagnostic::code).contains("TITLE_NOT_FOUND", "SECTION_MISSING", "TABLE_MISSING");
        assertThat(report.applications().newReceived().total()).isNull();
        assertThat(NotAReport.test(report)).as("rejected, not validated").isTrue();
    }

    @Test
    void aReportWithDefectsIsStillAReport() throws IOException {
        assertThat(NotAReport.test(PARSER.parse("seed", resource("/seeds/002_e0a437375778a97d.txt"), null))).isFalse();
        assertThat(NotAReport.test(PARSER.parse("draft", "卫滨区商务局2024年政府信息公开工作年度报告\n一、总体情况\n无。\n", null))).isFalse();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TemplateFormatsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
