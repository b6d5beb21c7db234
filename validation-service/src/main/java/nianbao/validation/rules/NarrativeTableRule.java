package nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * T3-05 and T4-04: the numbers stated in the text (收到申请 X 件, 予以公开 Y 件, 结转 Z 件; 行政复议 X 件, 行政诉讼 Y 件)
 * agree with the table. Which claims a rule checks depends on its id.
 */
public final class NarrativeTableRule extends DefinedRule {

    private static final List<NarrativeClaim> APPLICATIONS = List.of(
            new NarrativeClaim("applicationsReceived", "收到申请", "applications received", List.of("applications.newReceived.total")),
            new NarrativeClaim("granted", "予以公开", "granted", List.of("applications.granted.total")),
            new NarrativeClaim("partiallyGranted", "部分公开", "partially granted", List.of("applications.partiallyGranted.total")),
            new NarrativeClaim("carriedForward", "结转下年度", "carried forward", List.of("applications.carriedForward.total")));
    private static final List<NarrativeClaim> REVIEWS = List.of(
            new NarrativeClaim("reviews", "行政复议", "administrative reviews", List.of("reviewsAndLawsuits.review.total")),
            new NarrativeClaim("lawsuits", "行政诉讼", "lawsuits",
                    List.of("reviewsAndLawsuits.lawsuitDirect.total", "reviewsAndLawsuits.lawsuitAfterReview.total")));

    private final List<NarrativeClaim> claims;

    public NarrativeTableRule(RuleDefinition definition) {
        super(definition);
        this.claims = definition.id().startsWith("T4") ? REVIEWS : APPLICATIONS;
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        List<Finding> findings = new ArrayList<>();
        for (NarrativeClaim claim : claims) {
            List<String> unreadable = claim.cells().stream().filter(c -> !report.checkable(c)).toList();
            if (!unreadable.isEmpty() && !report.facts(claim.kind()).isEmpty()) {
                report.tally().notChecked(definition().id(), claim.kind(), unreadable);
            }
            List<BigDecimal> stated = claim.disagreeing(report);
            if (stated.isEmpty()) {
                continue;
            }
            String table = NarrativeClaim.plain(claim.tableValue(report));
            String said = stated.stream().map(NarrativeClaim::plain).distinct().collect(Collectors.joining("、"));
            findings.add(finding(claim.cells(), table, said,
                    "正文所述" + claim.label() + said + "件，与统计表的" + table + "件不一致",
                    "the text states " + said + " " + claim.labelEn() + ", the table " + table));
        }
        if (definition().id().startsWith("T4")) {
            findings.addAll(allUpheld(report));
        }
        return findings;
    }

    /** “均获维持” while the table shows a corrected, other or pending outcome. */
    private List<Finding> allUpheld(ReportUnderCheck report) {
        String text = String.valueOf(report.section(1)) + String.valueOf(report.section(4));
        if (!text.matches("(?s).*(均获维持|均被维持|全部维持|均予维持|均维持).*")) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String group : List.of("review", "lawsuitDirect", "lawsuitAfterReview")) {
            for (String outcome : List.of("corrected", "other", "pending")) {
                String cell = "reviewsAndLawsuits." + group + "." + outcome;
                BigDecimal value = report.cells().value(cell);
                if (value != null && value.signum() > 0) {
                    cells.add(cell);
                }
            }
        }
        if (cells.isEmpty()) {
            return List.of();
        }
        return List.of(finding(cells, "0", "> 0", "正文称复议、诉讼结果均获维持，但统计表有纠正、其他结果或尚未审结的案件",
                "the text says every review and lawsuit was upheld, but the table shows other outcomes"));
    }
}
