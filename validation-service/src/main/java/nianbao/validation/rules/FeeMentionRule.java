package nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * T3-07 and X02, on 信息处理费 in section 六. X02: section 六 reports the fee (an amount, or that none was charged).
 * T3-07: applications ended for an unpaid fee, but section 六 never mentions 信息处理费.
 */
public final class FeeMentionRule extends DefinedRule {

    private static final String UNPAID = "applications.otherHandling.unpaidFee.total";
    private static final Pattern PROCESSING_FEE = Pattern.compile("信息处理费|处理费");
    private static final Pattern ANY_FEE = Pattern.compile("信息处理费|处理费|收费|收取[^。]{0,10}费");

    public FeeMentionRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        String other = report.section(6);
        if (other == null) {
            return List.of();
        }
        if (definition().id().equals("T3-07")) {
            BigDecimal unpaid = report.cells().value(UNPAID);
            if (unpaid == null || unpaid.signum() <= 0 || PROCESSING_FEE.matcher(other).find()) {
                return List.of();
            }
            return List.of(finding(List.of(UNPAID, "sections.6"), "信息处理费 reported in section 六",
                    "not mentioned", "有" + NarrativeClaim.plain(unpaid) + "件申请因逾期未缴纳信息处理费而终止，但第六部分未报告信息处理费",
                    NarrativeClaim.plain(unpaid) + " applications ended for an unpaid fee, but section 六 never mentions 信息处理费"));
        }
        if (ANY_FEE.matcher(other).find()) {
            return List.of();
        }
        return List.of(finding(List.of("sections.6"), "信息处理费 (an amount, or none charged)", "not mentioned",
                "第六部分未报告信息处理费收取情况", "section 六 does not report 信息处理费 (an amount, or that none was charged)"));
    }
}
