package nianbao.validation.rules;

import java.util.List;

/** X01: section 五 has real content (problems and improvements), not empty or “无”. */
public final class ProblemsSectionRule extends DefinedRule {

    private static final int MINIMUM_CHARACTERS = 20;

    public ProblemsSectionRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        String text = report.section(5);
        if (text == null) {
            return List.of();
        }
        String content = text.replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}*#]", "");
        if (content.length() >= MINIMUM_CHARACTERS && !content.matches("(暂)?无.{0,4}")) {
            return List.of();
        }
        return List.of(finding(List.of("sections.5"), "problems and improvements", content.isEmpty() ? "empty" : content,
                "第五部分未写明存在的主要问题及改进情况", "section 五 states no problems or improvements"));
    }
}
