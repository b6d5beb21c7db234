package nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * T2-05: 第（八）项 行政事业性收费 is in 万元: a table headed in 元, or an amount of 100,000 万元 (1 billion yuan) or
 * more, suggests 元 written where 万元 is meant.
 */
public final class FeeUnitRule extends DefinedRule {

    private static final String FEES = "activeDisclosure.feesTenThousandYuan";
    private static final BigDecimal IMPLAUSIBLE = new BigDecimal("100000");
    private static final Pattern HEADED_IN_YUAN = Pattern.compile("收费金额\\s*[（(]\\s*元\\s*[)）]");

    public FeeUnitRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        BigDecimal fees = report.cells().value(FEES);
        if (fees == null || fees.signum() <= 0 || !report.template().equals("2021")) {
            return List.of();
        }
        String active = report.section(2);
        boolean yuan = active != null && HEADED_IN_YUAN.matcher(active).find();
        if (!yuan && fees.compareTo(IMPLAUSIBLE) < 0) {
            return List.of();
        }
        String amount = NarrativeClaim.plain(fees);
        return List.of(finding(List.of(FEES), "an amount in 万元", amount + (yuan ? " (headed 元)" : ""),
                "行政事业性收费金额" + amount + (yuan ? "，表头单位为元" : "万元数额异常") + "，请核对单位是否应为万元",
                "fees of " + amount + (yuan ? " headed in 元" : " 万元 is implausible") + ": check the unit is 万元"));
    }
}
