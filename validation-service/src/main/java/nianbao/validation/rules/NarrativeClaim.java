package nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * One kind of number the narrative states (a narrativeFacts kind) and the table cells whose sum it must equal.
 * A claim disagrees only when the text states the number and no statement of it matches the table.
 */
record NarrativeClaim(String kind, String label, String labelEn, List<String> cells) {

    /** The table's value, or null when a cell is missing or unreadable. */
    BigDecimal tableValue(ReportUnderCheck report) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String cell : cells) {
            if (!report.checkable(cell)) {
                return null;
            }
            sum = sum.add(report.cells().valueForChecking(cell));
        }
        return sum;
    }

    /** The stated values when none of them matches the table; empty when they agree or nothing is stated. */
    List<BigDecimal> disagreeing(ReportUnderCheck report) {
        BigDecimal table = tableValue(report);
        List<BigDecimal> stated = report.facts(kind);
        if (table == null || stated.isEmpty() || stated.stream().anyMatch(v -> v.compareTo(table) == 0)) {
            return List.of();
        }
        return stated;
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
