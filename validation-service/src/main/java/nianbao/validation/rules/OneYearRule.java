package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * S07: one year everywhere: the title's year, the statistical period (the parser's YEAR_MISMATCH, and
 * {@code statisticalPeriod} running 1 January – 31 December of the year) and the year that opens a paragraph of
 * section 一 (“2024年，我局……” in a 2025 report is a copied paragraph).
 */
public final class OneYearRule extends DefinedRule {

    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern PARAGRAPH_YEAR = Pattern.compile("(?m)^\\s*(\\d{4})\\s*年(?:度)?\\s*[，,]");

    public OneYearRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        Integer year = report.year();
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic d : report.diagnostics(DiagnosticCode.YEAR_MISMATCH)) {
            findings.add(finding(List.of("title", "year"), String.valueOf(year), d.message() == null ? d.seen() : d.message(),
                    "标题年份与统计期限不一致", "the title's year differs from the statistical period"));
        }
        if (year == null) {
            return findings;
        }
        Matcher title = TITLE_YEAR.matcher(report.json().path("title").asText(""));
        if (findings.isEmpty() && title.find() && !title.group(1).equals(String.valueOf(year))) {
            findings.add(finding(List.of("title", "year"), String.valueOf(year), title.group(1),
                    "标题年份为" + title.group(1) + "年，统计年度为" + year + "年",
                    "the title says " + title.group(1) + " but the statistical year is " + year));
        }
        findings.addAll(period(report, year));
        String overview = report.section(1);
        Matcher paragraph = PARAGRAPH_YEAR.matcher(overview == null ? "" : overview);
        while (paragraph.find()) {
            if (!paragraph.group(1).equals(String.valueOf(year))) {
                findings.add(finding(List.of("sections.1", "year"), String.valueOf(year), paragraph.group(1),
                        "总体情况中有段落以" + paragraph.group(1) + "年开头，与报告年度" + year + "年不一致",
                        "a paragraph of section 一 opens with the year " + paragraph.group(1) + ", not " + year));
                break;
            }
        }
        return findings;
    }

    /** The statistical period as printed must be the whole calendar year (nothing to check when none was found). */
    private List<Finding> period(ReportUnderCheck report, int year) {
        JsonNode period = report.json().path("statisticalPeriod");
        LocalDate from = date(period.path("from"));
        LocalDate to = date(period.path("to"));
        if (from == null || to == null) {
            return List.of();
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (from.equals(first) && to.equals(last)) {
            return List.of();
        }
        return List.of(finding(List.of("statisticalPeriod", "year"), first + " – " + last, from + " – " + to,
                "统计期限为" + from + "至" + to + "，应为" + year + "年1月1日至12月31日",
                "the statistical period is " + from + " – " + to + ", not 1 January – 31 December " + year));
    }

    private static LocalDate date(JsonNode node) {
        if (!node.isTextual() || node.asText().length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
