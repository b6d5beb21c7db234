package nianbao.parser.parsing;

import nianbao.parser.model.Diagnostic;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.region.RegionResolver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Texts from the hostile corpus that reach the parser (ingest-service refuses the rest, see its HostileFilesTest):
 * numbers 20 digits long, texts and pages beyond the parser's budget (InputLimits: characters, rows and cells of a
 * table, cells of a page), a page of scripts only. Each is parsed with diagnostics, told apart as no report, or
 * refused with the bound it breaks (OverLimit) before its memory is spent. The timeout is a hang guard, not a speed
 * claim.
 */
class HostileTextsTest {

    private static final ReportParser PARSER = new ReportParser(RegionResolver.load());
    private static final Duration HANG = Duration.ofSeconds(60);

    @Test
    void numbersTwentyDigitsLongAreNoValuesButDiagnostics() throws IOException {
        String seed = seed("000_2f8ee6c9bd0fa497");
        String hostile = seed.replace("\t7\t", "\t12345678901234567890\t").replace("\t2\t", "\t98765432109876543210\t");

        ParsedReport report = assertTimeoutPreemptively(HANG, () -> PARSER.parse("twenty-digits", hostile, null));

        assertThat(report.agency()).isEqualTo("中卫市商务局");
        assertThat(report.applications().newReceived().naturalPerson()).isNull();
        assertThat(report.applications().granted().naturalPerson()).isNull();
        assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("NUMBER_TOO_LARGE"))
                .extracting(Diagnostic::raw).contains("12345678901234567890", "98765432109876543210");
    }

    @Test
    void aTextUnderTheCharacterBoundIsParsedAndItsSectionsKept() {
        String filler = "这是填充，没有数字也没有表格。\n".repeat(3_000_000 / 16);
        String large = "卫滨区商务局 2025 年政府信息公开工作年度报告\n\n一、总体情况\n\n" + filler + "\n二、主动公开政府信息情况\n\n无。\n";

        ParsedReport report = assertTimeoutPreemptively(HANG, () -> PARSER.parse("large", large, null));

        assertThat(report.agency()).isEqualTo("卫滨区商务局");
        assertThat(report.year()).isEqualTo(2025);
        assertThat(report.sections()).isNotEmpty();
        assertThat(report.diagnostics()).extracting(Diagnostic::code).contains("TABLE_MISSING");
        assertThat(report.reading().cellsRead()).isLessThan(report.reading().cellsExpected());
    }

    @Test
    void aTwentyMebibyteTextBreaksTheCharacterBoundBeforeItIsRead() {
        String filler = "这是填充，没有数字也没有表格。\n".repeat(20 * 1024 * 1024 / 48);
        String huge = "卫滨区商务局 2025 年政府信息公开工作年度报告\n\n一、总体情况\n\n" + filler;

        assertThatThrownBy(() -> assertTimeoutPreemptively(HANG, () -> PARSER.parse("huge", huge, null)))
                .isInstanceOf(OverLimit.class).hasMessageStartingWith("over limit: characters of text");
    }

    @Test
    void aPageOfScriptsOnlyIsNoReport() {
        String scripts = "<html><head><script>" + "document.write('一、总体情况 政府信息公开工作年度报告 1 2 3');".repeat(40_000)
                + "</script></head><body><script>while(true){}</script></body></html>";

        ParsedReport report = assertTimeoutPreemptively(HANG, () -> PARSER.parseHtml("scripts", scripts, null));

        assertThat(NotAReport.test(report)).isTrue();
    }

    @Test
    void aPageLargerThanTheBoundIsRejectedUnread() {
        String scripts = "<html><head><script>" + "document.write('一、总体情况 政府信息公开工作年度报告 1 2 3');".repeat(100_000)
                + "</script></head></html>";

        assertThatThrownBy(() -> PARSER.parseHtml("scripts", scripts, null))
                .isInstanceOf(OverLimit.class).hasMessageStartingWith("over limit: characters of web page");
    }

    /** The 135 KB page of issue 17: each span is capped, but together they ask for 12 million cells. */
    @Test
    void spansThatExpandIntoMillionsOfCellsBreakTheTableBound() {
        String page = "<html><body><table>" + "<tr><td rowspan=\"64\" colspan=\"64\">1</td></tr>".repeat(3000)
                + "</table></body></html>";

        assertThatThrownBy(() -> assertTimeoutPreemptively(HANG, () -> PARSER.parseHtml("spans", page, null)))
                .isInstanceOf(OverLimit.class).hasMessageStartingWith("over limit: cells of one table");
    }

    @Test
    void aTableOfFiftyThousandRowsBreaksTheRowBound() {
        String page = "<html><body><table>" + "<tr><td>1</td></tr>".repeat(50_000) + "</table></body></html>";

        assertThatThrownBy(() -> assertTimeoutPreemptively(HANG, () -> PARSER.parseHtml("rows", page, null)))
                .isInstanceOf(OverLimit.class).hasMessageStartingWith("over limit: rows of one table");
    }

    @Test
    void manySmallTablesBreakTheDocumentBound() {
        String table = "<table>" + "<tr>" + "<td>1</td>".repeat(100) + "</tr>".repeat(1) + "</table>";
        String page = "<html><body>" + ("<div>" + table.repeat(1) + "</div>").repeat(1_100) + "</body></html>";

        assertThatThrownBy(() -> PARSER.parseHtml("tables", page, null))
                .isInstanceOf(OverLimit.class).hasMessageStartingWith("over limit: table cells of web page");
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = HostileTextsTest.class.getResourceAsStream("/seeds/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
