package nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * P04, on a government's region-wide report: every agency of the region known to validation (a report of an earlier
 * year in its history) has a report for the year. One finding per agency without one.
 */
public final class RegionCoverageRule extends DefinedRule {

    public RegionCoverageRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        History.Region known = report.history().region();
        ReportRegion region = ReportRegion.of(report.json());
        Integer year = report.year();
        if (known == null || region == null || year == null || !region.regionWide(report.json())) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (History.KnownAgency agency : known.withoutReport()) {
            findings.add(finding(List.of("region"), "a " + year + " report of " + agency.agency(),
                    "none (last: " + agency.lastYear() + ")",
                    region.name() + "的" + agency.agency() + "有" + agency.lastYear() + "年度报告，但未见" + year + "年度报告",
                    agency.agency() + " of " + region.name() + " reported for " + agency.lastYear() + " but has no report for " + year));
        }
        return findings;
    }
}
