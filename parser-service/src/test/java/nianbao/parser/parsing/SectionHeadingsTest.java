package nianbao.parser.parsing;

import nianbao.parser.model.Diagnostic;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.region.RegionResolver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six sections are found by their numbered headings; a heading that carries a section's standard title in full is
 * that section even when the report numbers it otherwise, and the numbering itself is reported (SECTION_OUT_OF_ORDER),
 * so a misnumbered report is not taken for one that lacks its sections.
 */
class SectionHeadingsTest {

    private static final ReportParser PARSER = new ReportParser(RegionResolver.load());

    @Test
    void standardTitlesNumberedAgainAfterANarrativeAreTheirSections() throws IOException {
        // samples/corpus/004.md (上海市科委 2024): a narrative numbered 一 to 六 of its own, then the format's sections
        // numbered 一、二、三、五 (the 四 heading was lost in the conversion to markdown)
        String text = Files.readString(Path.of("../samples/corpus/004.md"));

        ParsedReport report = PARSER.parse("004", text, "text/markdown", null);

        assertThat(report.sections()).extracting(s -> s.number()).containsExactly(1, 2, 3, 4, 6);
        assertThat(report.sections()).extracting(s -> s.title())
                .contains("主动公开政府信息情况", "收到和处理政府信息公开申请情况", "其他需要报告的事项");
        assertThat(report.diagnostics()).extracting(Diagnostic::code).contains("SECTION_OUT_OF_ORDER");
    }

    @Test
    void aHeadingWithAnotherTitleUnderTheWrongNumberIsNoSection() {
        String text = """
                某县商务局2025年政府信息公开工作年度报告
                一、总体情况
                本机关全年主动公开信息。
                三、主动公开工作情况
                本年度发布信息若干。
                """;

        ParsedReport report = PARSER.parse("short", text, "text/plain", null);

        assertThat(report.sections()).extracting(s -> s.number()).containsExactly(1);
    }
}
