package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * S02: the sections keep the statutory order 一 … 六 and no section number appears twice (a restarted 一、 sequence):
 * from the parser's SECTION_OUT_OF_ORDER diagnostics, one finding each, and from the order of {@code sections} when
 * the parser reported none.
 */
public final class SectionOrderRule extends DefinedRule {

    private static final String NUMERALS = "一二三四五六";

    public SectionOrderRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic d : report.diagnostics(DiagnosticCode.SECTION_OUT_OF_ORDER)) {
            String cell = d.cell() != null && d.cell().matches("[1-6]") ? "sections." + d.cell() : "sections";
            String seen = d.message() != null ? d.message() : d.seen();
            findings.add(finding(List.of(cell), "一、二、三、四、五、六", d.seen(),
                    "各部分编号重复或顺序与规定不一致：" + seen, "a section heading is numbered twice or out of the statutory order: " + seen));
        }
        return findings.isEmpty() ? fromSections(report) : findings;
    }

    private List<Finding> fromSections(ReportUnderCheck report) {
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode section : report.json().path("sections")) {
            numbers.add(section.path("number").asInt());
        }
        for (int i = 1; i < numbers.size(); i++) {
            if (numbers.get(i) <= numbers.get(i - 1)) {
                String order = numbers.stream().map(SectionOrderRule::numeral).reduce((a, b) -> a + "、" + b).orElse("");
                return List.of(finding(List.of("sections." + numbers.get(i)), "一、二、三、四、五、六", order,
                        "各部分编号顺序不一致：" + order, "sections out of the statutory order or numbered twice: " + order));
            }
        }
        return List.of();
    }

    private static String numeral(int number) {
        return number >= 1 && number <= 6 ? String.valueOf(NUMERALS.charAt(number - 1)) : String.valueOf(number);
    }
}
