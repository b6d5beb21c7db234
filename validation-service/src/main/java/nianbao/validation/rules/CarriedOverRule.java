package nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * T3-04: what this year carried over equals what the same agency carried forward the year before, per column; a
 * column with an unread or absent cell in either year is not checked.
 */
public final class CarriedOverRule extends DefinedRule {

    static final List<String> COLUMNS = List.of("naturalPerson", "commercial", "research", "socialWelfare", "legalService", "other", "total");

    public CarriedOverRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        if (report.history().previousYear() == null) {
            return List.of();
        }
        ReportUnderCheck previous = ReportUnderCheck.of(report.history().previousYear());
        List<Finding> findings = new ArrayList<>();
        for (String column : COLUMNS) {
            String over = "applications.carriedOver." + column;
            String forward = "applications.carriedForward." + column;
            if (!report.checkable(over) || !previous.checkable(forward)) {
                report.tally().notChecked(definition().id(), column, missing(report, over, previous, forward));
                continue;
            }
            BigDecimal now = report.cells().valueForChecking(over);
            BigDecimal before = previous.cells().valueForChecking(forward);
            if (now.compareTo(before) != 0) {
                findings.add(finding(List.of(over), NarrativeClaim.plain(before), NarrativeClaim.plain(now),
                        "上年结转" + NarrativeClaim.plain(now) + "件，但" + previous.year() + "年度报告结转下年度"
                                + NarrativeClaim.plain(before) + "件（" + column + "）",
                        "column " + column + ": carried over " + NarrativeClaim.plain(now) + ", but the "
                                + previous.year() + " report carried forward " + NarrativeClaim.plain(before)));
            }
        }
        return findings;
    }

    /** This year's cell and last year's (prefixed with its year) that have no value for checking. */
    static List<String> missing(ReportUnderCheck report, String mine, ReportUnderCheck previous, String theirs) {
        List<String> missing = new ArrayList<>();
        if (!report.checkable(mine)) {
            missing.add(mine);
        }
        if (!previous.checkable(theirs)) {
            missing.add(previous.year() + ":" + theirs);
        }
        return missing;
    }
}
