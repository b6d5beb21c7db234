package nianbao.validation.rules;

import java.util.List;

/** S03: the template matches the year: 2021 format from 2021 on, 2019 format for 2019–2020, legacy up to 2018. */
public final class TemplateYearRule extends DefinedRule {

    public TemplateYearRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        Integer year = report.year();
        String template = report.template();
        if (year == null || template.equals("unknown")) {
            return List.of();
        }
        String expected = year >= 2021 ? "2021" : year >= 2019 ? "2019" : "legacy";
        if (expected.equals(template)) {
            return List.of();
        }
        return List.of(finding(List.of("template", "year"), expected, template,
                year + "年度报告应使用" + label(expected) + "，实际为" + label(template),
                "a report for " + year + " must use the " + expected + " format, not " + template));
    }

    private static String label(String template) {
        return switch (template) {
            case "2021" -> "2021年版格式（国办公开办函〔2021〕30号）";
            case "2019" -> "2019年版格式（国办公开办函〔2019〕60号）";
            default -> "旧版格式";
        };
    }
}
