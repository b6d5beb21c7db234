package nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * X05: less than half of the narrative text repeats the same agency's report of the previous year.
 * X06: the narrative is not near-identical (雷同) to another agency's report of the same year.
 */
public final class RepeatedTextRule extends DefinedRule {

    static final double REPEATED_SHARE = 0.5;
    static final double NEAR_IDENTICAL = 0.9;

    public RepeatedTextRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        return definition().id().equals("X06") ? sameYear(report) : previousYear(report);
    }

    private List<Finding> previousYear(ReportUnderCheck report) {
        if (report.history().previousYear() == null) {
            return List.of();
        }
        Set<Integer> mine = TextFingerprint.shingles(report.json());
        double share = TextFingerprint.containment(mine, TextFingerprint.shingles(report.history().previousYear()));
        if (share < REPEATED_SHARE) {
            return List.of();
        }
        String percent = Math.round(share * 100) + "%";
        return List.of(finding(List.of("sections.1", "sections.5", "sections.6"), "< 50%", percent,
                "正文" + percent + "与上年度报告重复", percent + " of the text repeats last year's report"));
    }

    private List<Finding> sameYear(ReportUnderCheck report) {
        TextFingerprint mine = TextFingerprint.of(report.json());
        List<Finding> findings = new ArrayList<>();
        for (History.Peer peer : report.history().sameYearPeers()) {
            double similarity = mine.similarity(peer.fingerprint());
            if (similarity >= NEAR_IDENTICAL) {
                String percent = Math.round(similarity * 100) + "%";
                findings.add(finding(List.of("sections.1", "sections.5", "sections.6"), "an agency's own text",
                        percent + " like " + peer.reportId(), "正文与" + peer.agency() + "同年度报告高度雷同（相似度" + percent + "）",
                        "the text is near-identical to the same year's report of " + peer.agency() + " (" + percent + ")"));
            }
        }
        return findings;
    }
}
