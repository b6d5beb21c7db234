package nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

/** S01: the six sections 一 … 六 and the tables 二, 三, 四 are present (SECTION_MISSING, TABLE_MISSING). */
public final class SectionsPresentRule extends DefinedRule {

    private static final String NUMERALS = "一二三四五六";

    public SectionsPresentRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic d : report.diagnostics(DiagnosticCode.SECTION_MISSING)) {
            int number = d.cell() != null && d.cell().matches("[1-6]") ? Integer.parseInt(d.cell()) : 0;
            String numeral = number >= 1 ? String.valueOf(NUMERALS.charAt(number - 1)) : "?";
            findings.add(finding(List.of("sections." + number), "present", "missing",
                    "缺少第" + numeral + "部分", "section " + numeral + " is missing"));
        }
        for (Diagnostic d : report.diagnostics(DiagnosticCode.TABLE_MISSING)) {
            String table = String.valueOf(d.table());
            findings.add(finding(List.of(d.path()), "present", "missing",
                    "缺少统计表：" + tableName(table), "table missing: " + table));
        }
        return findings;
    }

    private static String tableName(String table) {
        return switch (table) {
            case "activeDisclosure" -> "二、主动公开政府信息情况";
            case "applications" -> "三、收到和处理政府信息公开申请情况";
            case "reviewsAndLawsuits" -> "四、政府信息公开行政复议、行政诉讼情况";
            default -> table;
        };
    }
}
