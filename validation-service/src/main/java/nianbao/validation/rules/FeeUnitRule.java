package nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * T2-05: 第（八）项 行政事业性收费 is in 万元. It suggests 元 written where 万元 is meant when (1) the table is headed
 * 收费金额（元）; (2) a sentence of sections 一 or 二 about 行政事业性收费 states an amount in 元 (not 万元) equal to
 * the table's, or the table holds a whole number of 10,000 or more while that sentence writes the amount in 元; (3) the
 * amount is implausible: 100,000 万元 (1 billion yuan) or more, or a whole 10,000 万元 or more from a county-level
 * body. 信息处理费 is another fee and never read here.
 */
public final class FeeUnitRule extends DefinedRule {

    private static final String FEES = "activeDisclosure.feesTenThousandYuan";
    private static final BigDecimal IMPLAUSIBLE = new BigDecimal("100000");
    private static final BigDecimal LARGE_WHOLE = new BigDecimal("10000");
    private static final Pattern HEADED_IN_YUAN = Pattern.compile("收费金额\\s*[（(]\\s*元\\s*[)）]");
    private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?\\n]");
    /** An amount directly followed by 元 (an amount in 万元 has 万 between them). */
    private static final Pattern FEE_IN_YUAN = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*元");

    public FeeUnitRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        BigDecimal fees = report.cells().value(FEES);
        if (fees == null || fees.signum() <= 0 || !report.template().equals("2021")) {
            return List.of();
        }
        String amount = NarrativeClaim.plain(fees);
        boolean whole = fees.stripTrailingZeros().scale() <= 0;
        String active = String.valueOf(report.section(2));
        if (HEADED_IN_YUAN.matcher(active).find()) {
            return flag(amount, amount + " (headed 元)", "表头单位为元", "the table is headed in 元");
        }
        List<BigDecimal> statedInYuan = statedInYuan(report.section(1) + "\n" + active);
        if (statedInYuan.stream().anyMatch(v -> v.compareTo(fees) == 0)
                || (whole && fees.compareTo(LARGE_WHOLE) >= 0 && !statedInYuan.isEmpty())) {
            return flag(amount, amount + " (the text says 元)", "正文所述收费金额以元为单位",
                    "the text states the amount in 元");
        }
        boolean county = report.json().path("region").path("county").isTextual();
        if (fees.compareTo(IMPLAUSIBLE) >= 0 || (county && whole && fees.compareTo(LARGE_WHOLE) >= 0)) {
            return flag(amount, amount, "万元数额异常", "is implausible in 万元");
        }
        return List.of();
    }

    /** Amounts in 元 (not 万元) stated in sentences about 行政事业性收费. */
    private static List<BigDecimal> statedInYuan(String text) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (String sentence : SENTENCE.split(text)) {
            if (!sentence.contains("行政事业性收费")) {
                continue;
            }
            Matcher m = FEE_IN_YUAN.matcher(sentence);
            while (m.find()) {
                if (m.group(1).length() <= 16) {
                    amounts.add(new BigDecimal(m.group(1)));
                }
            }
        }
        return amounts;
    }

    private List<Finding> flag(String amount, String actual, String why, String whyEn) {
        return List.of(finding(List.of(FEES), "an amount in 万元", actual,
                "行政事业性收费金额" + amount + "，" + why + "，请核对单位是否应为万元",
                "fees of " + amount + ": " + whyEn + "; check the unit is 万元"));
    }
}
