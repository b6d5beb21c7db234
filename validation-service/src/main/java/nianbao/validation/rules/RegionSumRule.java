package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A01, on a government's region-wide report: its table 三 totals (received, carried over, handled, carried forward)
 * are about the sum of its region's agencies' reports of the same year, within 10 % or 2 applications, whichever is
 * more. Checked only when every known agency of the region has a report for the year (not checked, and listed so, while
 * one has none; nothing to check when no agency of the region is known); an unread cell in any of the reports leaves
 * that total unchecked.
 */
public final class RegionSumRule extends DefinedRule {

    public static final List<String> TOTALS = List.of("applications.newReceived.total", "applications.carriedOver.total",
            "applications.totalHandled.total", "applications.carriedForward.total");
    private static final BigDecimal TENTH = new BigDecimal("0.1");
    private static final BigDecimal LEAST = new BigDecimal(2);

    /** A report's totals that A01 compares, each with its value for checking; an unread or absent total is left out. */
    public static Map<String, BigDecimal> totalsOf(JsonNode report) {
        ReportCells cells = ReportCells.of(report);
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        TOTALS.stream().filter(cells::checkable).forEach(t -> totals.put(t, cells.valueForChecking(t)));
        return totals;
    }

    public RegionSumRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        History.Region known = report.history().region();
        ReportRegion region = ReportRegion.of(report.json());
        if (known == null || region == null || !region.regionWide(report.json())) {
            return List.of();
        }
        if (!known.withoutReport().isEmpty()) {
            report.tally().notChecked(definition().id(), region.name(),
                    known.withoutReport().stream().map(History.KnownAgency::agency).toList());
            return List.of();
        }
        if (known.reportsOfYear().isEmpty()) {
            return List.of();
        }
        List<History.AgencyReport> agencies = known.reportsOfYear();
        List<Finding> findings = new ArrayList<>();
        for (String total : TOTALS) {
            List<String> missing = new ArrayList<>();
            if (!report.checkable(total)) {
                missing.add(total);
            }
            for (History.AgencyReport agency : agencies) {
                if (!agency.totals().containsKey(total)) {
                    missing.add(agency.agency() + ":" + total);
                }
            }
            if (!missing.isEmpty()) {
                report.tally().notChecked(definition().id(), total, missing);
                continue;
            }
            BigDecimal sum = agencies.stream().map(a -> a.totals().get(total)).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal own = report.cells().valueForChecking(total);
            BigDecimal tolerance = sum.multiply(TENTH).max(LEAST);
            if (own.subtract(sum).abs().compareTo(tolerance) > 0) {
                String n = String.valueOf(agencies.size());
                findings.add(finding(List.of(total), NarrativeClaim.plain(sum), NarrativeClaim.plain(own),
                        region.name() + "年度报告的" + total + "为" + NarrativeClaim.plain(own) + "，但本地区" + n + "个部门年度报告之和为"
                                + NarrativeClaim.plain(sum),
                        total + " of the region-wide report is " + NarrativeClaim.plain(own) + ", but the " + n
                                + " agencies' reports of the region add up to " + NarrativeClaim.plain(sum)));
            }
        }
        return findings;
    }
}
