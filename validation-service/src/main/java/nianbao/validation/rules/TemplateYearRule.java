package nianbao.validation.rules;

import java.util.List;

/**
 * S03: the template matches the year: 2021 format from 2021 on, 2019 format for 2019–2020, legacy up to 2018; and a
 * report of 2021 or later has no table 二 in the 2019 columns (the parser's TABLE_2019_LAYOUT).
 */
public final class TemplateYearRule extends DefinedRule {

    public TemplateYearRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        Integer year = report.year();
        String template = report.template();
        if (year == null) {
            return List.of();
        }
        String expected = year >= 2021 ? "2021" : year >= 2019 ? "2019" : "legacy";
        if (!template.equals("unknown") && !expected.equals(template)) {
            return List.of(finding(List.of("template", "year"), expected, template,
                    year + "年度报告应使用" + label(expected) + "，实际为" + label(template),
                    "a report for " + year + " must use the " + expected + " format, not " + template));
        }
        if (year >= 2021 && !report.diagnostics(DiagnosticCode.TABLE_2019_LAYOUT).isEmpty()) {
            return List.of(finding(List.of("activeDisclosure", "year"), "2021", "2019",
                    year + "年度报告的主动公开统计表应使用" + label("2021") + "，实际为" + label("2019") + "的栏目",
                    "table 二 of a report for " + year + " has the 2019 format's columns, not the 2021 format's"));
        }
        return List.of();
    }

    private static String label(String template) {
        return switch (template) {
            case "2021" -> "2021年版格式（国办公开办函〔2021〕30号）";
            case "2019" -> "2019年版格式（国办公开办函〔2019〕60号）";
            default -> "旧版格式";
        };
    }
}
