package nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.List;

/** T3-06: the text says every application was concluded (均已办结) while applications are carried forward. */
public final class AllConcludedRule extends DefinedRule {

    private static final String FORWARD = "applications.carriedForward.total";

    public AllConcludedRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        if (report.facts("allConcluded").isEmpty()) {
            return List.of();
        }
        if (!report.checkable(FORWARD)) {
            report.tally().notChecked(definition().id(), "carriedForward", List.of(FORWARD));
            return List.of();
        }
        BigDecimal forward = report.cells().valueForChecking(FORWARD);
        if (forward.signum() <= 0) {
            return List.of();
        }
        String n = NarrativeClaim.plain(forward);
        return List.of(finding(List.of(FORWARD), "0", n, "正文称申请均已办结，但统计表结转下年度继续办理" + n + "件",
                "the text says every application was concluded, but " + n + " are carried forward"));
    }
}
