package nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * T2-02: documents issued this year cannot exceed those in force plus those repealed (2021 format only). An identity
 * of the report's own table: not checked when one of its three cells is unread or absent.
 */
public final class IssuedInForceRule extends DefinedRule {

    static final List<String> DOCUMENTS = List.of("regulations", "normativeDocuments");

    public IssuedInForceRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        List<Finding> findings = new ArrayList<>();
        if (!report.template().equals("2021")) {
            return findings;
        }
        for (String kind : DOCUMENTS) {
            String prefix = "activeDisclosure." + kind + ".";
            List<String> cells = List.of(prefix + "issued", prefix + "inForce", prefix + "repealed");
            List<String> missing = cells.stream().filter(c -> !report.checkable(c)).toList();
            if (!missing.isEmpty()) {
                report.tally().identityUnchecked(definition().id(), kind, missing);
                continue;
            }
            report.tally().identityChecked();
            BigDecimal issued = report.cells().valueForChecking(prefix + "issued");
            BigDecimal limit = report.cells().valueForChecking(prefix + "inForce").add(report.cells().valueForChecking(prefix + "repealed"));
            if (issued.compareTo(limit) > 0) {
                findings.add(finding(cells, "≤ " + NarrativeClaim.plain(limit), NarrativeClaim.plain(issued),
                        (kind.equals("regulations") ? "规章" : "行政规范性文件") + "本年制发" + NarrativeClaim.plain(issued)
                                + "件，多于现行有效与本年废止之和" + NarrativeClaim.plain(limit) + "件",
                        kind + ": " + NarrativeClaim.plain(issued) + " issued, more than in force plus repealed ("
                                + NarrativeClaim.plain(limit) + ")"));
            }
        }
        return findings;
    }
}
