package nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * T3-07 and X02, on 信息处理费 in section 六. X02: section 六 states the fee: a sentence naming 信息处理费 with an amount
 * or with a word that none was charged (未收取信息处理费, 信息处理费0元), or a sentence saying no fee was charged
 * (不存在信息公开收费情况, 未收取任何费用); a mere mention of 收费 (行政事业性收费见上表) is not enough. T3-07:
 * applications ended for an unpaid fee, but section 六 never mentions 信息处理费.
 */
public final class FeeMentionRule extends DefinedRule {

    private static final String UNPAID = "applications.otherHandling.unpaidFee.total";
    private static final Pattern PROCESSING_FEE = Pattern.compile("信息处理费|处理费");
    private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?\\n]");
    private static final Pattern AMOUNT = Pattern.compile("\\d+(?:\\.\\d+)?\\s*万?元");
    private static final Pattern NONE = Pattern.compile("未|没有|无|不|免|零");
    private static final Pattern ANY_FEE = Pattern.compile("收费|收取[^。，,]{0,8}费|费用");
    private static final Pattern OTHER_FEES = Pattern.compile("行政事业性收费");

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
            return unpaidFee(report, other);
        }
        if (statesTheFee(other)) {
            return List.of();
        }
        return List.of(finding(List.of("sections.6"), "信息处理费 (an amount, or none charged)", "not stated",
                "第六部分未报告信息处理费收取情况（收费金额或未收费）",
                "section 六 does not state 信息处理费 (an amount, or that none was charged)"));
    }

    private List<Finding> unpaidFee(ReportUnderCheck report, String other) {
        if (PROCESSING_FEE.matcher(other).find()) {
            return List.of();
        }
        if (!report.checkable(UNPAID)) {
            report.tally().notChecked(definition().id(), "unpaidFee", List.of(UNPAID));
            return List.of();
        }
        BigDecimal unpaid = report.cells().valueForChecking(UNPAID);
        if (unpaid.signum() <= 0) {
            return List.of();
        }
        return List.of(finding(List.of(UNPAID, "sections.6"), "信息处理费 reported in section 六",
                "not mentioned", "有" + NarrativeClaim.plain(unpaid) + "件申请因逾期未缴纳信息处理费而终止，但第六部分未报告信息处理费",
                NarrativeClaim.plain(unpaid) + " applications ended for an unpaid fee, but section 六 never mentions 信息处理费"));
    }

    /** Whether one sentence of the text states the processing fee charged, or that none was. */
    static boolean statesTheFee(String text) {
        for (String sentence : SENTENCE.split(text)) {
            boolean processingFee = PROCESSING_FEE.matcher(sentence).find();
            boolean amount = AMOUNT.matcher(sentence).find();
            boolean none = NONE.matcher(sentence).find();
            if (processingFee && (amount || none)) {
                return true;
            }
            if (!processingFee && none && ANY_FEE.matcher(sentence).find() && !OTHER_FEES.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }
}
