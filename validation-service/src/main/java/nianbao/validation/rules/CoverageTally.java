package nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts, while the rules run over one report, the identities checked and the checks that could not be made. Table
 * identities (T3-01…03, T4-01…03, T2-02) count towards the status; the other checks not made are listed only.
 */
public final class CoverageTally {

    private int identitiesChecked;
    private int identitiesUnchecked;
    private final List<Coverage.Unchecked> unchecked = new ArrayList<>();

    /** An identity of the report's own tables computed (whether it holds or not). */
    public void identityChecked() {
        identitiesChecked++;
    }

    /** An identity of the report's own tables not computed because an operand was unread or absent. */
    public void identityUnchecked(String rule, String scope, List<String> missing) {
        identitiesUnchecked++;
        unchecked.add(new Coverage.Unchecked(rule, scope, List.copyOf(missing)));
    }

    /** Another check not made for want of data (a publication date, last year's cell, an agency's report). */
    public void notChecked(String rule, String scope, List<String> missing) {
        unchecked.add(new Coverage.Unchecked(rule, scope, List.copyOf(missing)));
    }

    public Coverage coverage(ReportCells cells) {
        return new Coverage(cells.cellsExpected(), cells.cellsRead(), identitiesChecked, identitiesUnchecked, unchecked);
    }
}
