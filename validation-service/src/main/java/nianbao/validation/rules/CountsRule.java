package nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** S05: counts are whole numbers ≥ 0; 第（八）项 行政事业性收费 is an amount ≥ 0 in 万元 and may have decimals. */
public final class CountsRule extends DefinedRule {

    private static final String FEES = "activeDisclosure.feesTenThousandYuan";

    public CountsRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        List<Finding> findings = new ArrayList<>();
        for (String path : report.cells().paths()) {
            BigDecimal value = report.cells().value(path);
            if (value == null) {
                continue;
            }
            boolean negative = value.signum() < 0;
            boolean fraction = !path.equals(FEES) && value.stripTrailingZeros().scale() > 0;
            if (negative || fraction) {
                findings.add(finding(List.of(path),
                        path.equals(FEES) ? "an amount ≥ 0" : "a whole number ≥ 0", value.toPlainString(),
                        (negative ? "数值为负数：" : "件数不是整数：") + value.toPlainString(),
                        (negative ? "negative value: " : "a count that is not a whole number: ") + value.toPlainString()));
            }
        }
        return findings;
    }
}
