package nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * T2-01: documents in force this year = in force last year + issued − repealed this year, when both years use the
 * 2021 format (the 2019 format counts something else in that column); not checked when a cell of either year is
 * unread or absent.
 */
public final class InForceAcrossYearsRule extends DefinedRule {

    public InForceAcrossYearsRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        if (report.history().previousYear() == null) {
            return List.of();
        }
        ReportUnderCheck previous = ReportUnderCheck.of(report.history().previousYear());
        if (!report.template().equals("2021") || !previous.template().equals("2021")) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (String kind : IssuedInForceRule.DOCUMENTS) {
            String prefix = "activeDisclosure." + kind + ".";
            List<String> cells = List.of(prefix + "inForce", prefix + "issued", prefix + "repealed");
            if (!cells.stream().allMatch(report::checkable) || !previous.checkable(prefix + "inForce")) {
                List<String> missing = new ArrayList<>(cells.stream().filter(c -> !report.checkable(c)).toList());
                if (!previous.checkable(prefix + "inForce")) {
                    missing.add(previous.year() + ":" + prefix + "inForce");
                }
                report.tally().notChecked(definition().id(), kind, missing);
                continue;
            }
            BigDecimal now = report.cells().valueForChecking(prefix + "inForce");
            BigDecimal expected = previous.cells().valueForChecking(prefix + "inForce")
                    .add(report.cells().valueForChecking(prefix + "issued"))
                    .subtract(report.cells().valueForChecking(prefix + "repealed"));
            if (now.compareTo(expected) != 0) {
                findings.add(finding(cells, NarrativeClaim.plain(expected), NarrativeClaim.plain(now),
                        (kind.equals("regulations") ? "规章" : "行政规范性文件") + "现行有效" + NarrativeClaim.plain(now)
                                + "件，但按上年现行有效加本年制发减本年废止应为" + NarrativeClaim.plain(expected) + "件",
                        kind + ": " + NarrativeClaim.plain(now) + " in force, but last year's in force + issued − repealed is "
                                + NarrativeClaim.plain(expected)));
            }
        }
        return findings;
    }
}
