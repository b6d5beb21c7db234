package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** S01: the six sections 一 … 六 and the tables 二, 三, 四 are present. */
public final class SectionsPresentRule extends DefinedRule {

    private static final String NUMERALS = "一二三四五六";

    public SectionsPresentRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode d : DiagnosticFindings.withCodes(report, Set.of("SECTION_MISSING"))) {
            int number = d.path("cell").asInt(0);
            String numeral = number >= 1 && number <= 6 ? String.valueOf(NUMERALS.charAt(number - 1)) : "?";
            findings.add(finding(List.of("sections." + number), "present", "missing",
                    "缺少第" + numeral + "部分", "section " + numeral + " is missing"));
        }
        for (JsonNode d : DiagnosticFindings.withCodes(report, Set.of("TABLE_MISSING"))) {
            findings.add(finding(List.of(DiagnosticFindings.path(d)), "present",
                    "missing", "缺少统计表：" + d.path("table").asText(), "table missing: " + d.path("table").asText()));
        }
        return findings;
    }
}
