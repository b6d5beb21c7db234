package nianbao.parser.parsing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The values read for one table, by row path and column (e.g. {@code denied.stateSecret} / {@code total}; a
 * single-value row has the column ""). Kept per row so no key is ever built by concatenation on the hot path.
 */
public final class CellGrid {

    private final Map<String, Map<String, BigDecimal>> rows = new HashMap<>();

    public void put(String row, String column, BigDecimal value) {
        if (value != null) {
            rows.computeIfAbsent(row, r -> new HashMap<>()).put(column, value);
        }
    }

    public BigDecimal get(String row, String column) {
        Map<String, BigDecimal> cells = rows.get(row);
        return cells == null ? null : cells.get(column);
    }
}
