package nianbao.parser.parsing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The values read for one table, by row path and column (e.g. {@code denied.stateSecret} / {@code total}; a
 * single-value row has the column ""), and for cells without a value why not ({@link CellState}). Kept per row so
 * no key is ever built by concatenation on the hot path.
 */
public final class CellGrid {

    private final Map<String, Map<String, BigDecimal>> rows = new HashMap<>();
    private final Map<String, Map<String, CellState>> states = new HashMap<>();

    public void put(String row, String column, BigDecimal value) {
        if (value != null) {
            rows.computeIfAbsent(row, r -> new HashMap<>()).put(column, value);
        }
    }

    public BigDecimal get(String row, String column) {
        Map<String, BigDecimal> cells = rows.get(row);
        return cells == null ? null : cells.get(column);
    }

    /** The values of one row by column (empty when the row has none), for reading a whole row with one lookup. */
    Map<String, BigDecimal> row(String row) {
        Map<String, BigDecimal> cells = rows.get(row);
        return cells == null ? Map.of() : cells;
    }

    /** Records why a cell holds no value; the first reason given for a cell is kept. */
    public void mark(String row, String column, CellState state) {
        states.computeIfAbsent(row, r -> new HashMap<>()).putIfAbsent(column, state);
    }

    /** Takes a value out again (two copies of a table disagree on it) and records the cell as unread. */
    public void unread(String row, String column) {
        Map<String, BigDecimal> cells = rows.get(row);
        if (cells != null) {
            cells.remove(column);
        }
        states.computeIfAbsent(row, r -> new HashMap<>()).put(column, CellState.UNREAD);
    }

    /** Why a cell holds no value; UNREAD when nothing was recorded (an unexplained gap is never read as blank). */
    public CellState state(String row, String column) {
        Map<String, CellState> cells = states.get(row);
        CellState state = cells == null ? null : cells.get(column);
        return state == null ? CellState.UNREAD : state;
    }

    public boolean hasRow(String row) {
        return rows.containsKey(row) || states.containsKey(row);
    }
}
