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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Texts from the hostile corpus that reach the parser (ingest-service refuses the rest, see its HostileFilesTest):
 * numbers 20 digits long, a report text as large as a 20 MiB file gives, a page of scripts only. Each is parsed
 * with diagnostics or told apart as no report; never an exception. The timeout is a hang guard, not a speed claim.
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
    void aTwentyMebibyteTextIsParsedAndItsSectionsKept() {
        String filler = "这是填充，没有数字也没有表格。\n".repeat(20 * 1024 * 1024 / 48);
        String huge = "卫滨区商务局 2025 年政府信息公开工作年度报告\n\n一、总体情况\n\n" + filler + "\n二、主动公开政府信息情况\n\n无。\n";

        ParsedReport report = assertTimeoutPreemptively(HANG, () -> PARSER.parse("huge", huge, null));

        assertThat(report.agency()).isEqualTo("卫滨区商务局");
        assertThat(report.year()).isEqualTo(2025);
        assertThat(report.sections()).isNotEmpty();
        assertThat(report.diagnostics()).extracting(Diagnostic::code).contains("TABLE_MISSING");
    }

    @Test
    void aPageOfScriptsOnlyIsNoReport() {
        String scripts = "<html><head><script>" + "document.write('一、总体情况 政府信息公开工作年度报告 1 2 3');".repeat(100_000)
                + "</script></head><body><script>while(true){}</script></body></html>";

        ParsedReport report = assertTimeoutPreemptively(HANG, () -> PARSER.parseHtml("scripts", scripts, null));

        assertThat(NotAReport.test(report)).isTrue();
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = HostileTextsTest.class.getResourceAsStream("/seeds/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
