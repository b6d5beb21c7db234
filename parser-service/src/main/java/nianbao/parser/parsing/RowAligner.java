package nianbao.parser.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the value cells of one table row onto the table's columns.
 *
 * <p>Pasted tables pad rows with empty cells where merged label cells were, so a row's values may start at
 * different positions and carry empty cells at either end. A row with exactly as many cells as columns is
 * taken as it is; otherwise padding is trimmed from the end, then from the start. A row left with more
 * non-blank cells than columns is placed only if every possible placement gives the same values; anything else
 * is ambiguous and yields nothing, never a guess. (The row's own identity, its total, never chooses a placement:
 * identities are evidence for validation, and an agency's own arithmetic error must reach it untouched.)
 */
public final class RowAligner {

    /** The outcome: the cells per column (null when the row could not be placed) and what was unusual. */
    public record Placement(List<Cell> cells, DiagnosticCode problem, String detail) {

        boolean placed() {
            return cells != null;
        }
    }

    private RowAligner() {
    }

    /**
     * @param values  the row's cells after its label
     * @param columns how many columns the table has
     */
    public static Placement place(List<Cell> values, int columns) {
        List<Cell> cells = new ArrayList<>(values);
        if (cells.size() == columns) {
            return new Placement(cells, null, null);
        }
        while (cells.size() > columns && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        while (cells.size() > columns && cells.get(0).isBlank()) {
            cells.remove(0);
        }
        if (cells.size() == columns) {
            return new Placement(cells, null, null);
        }
        if (cells.size() < columns) {
            if (cells.stream().allMatch(Cell::isBlank)) {
                return new Placement(blanks(columns), null, null);
            }
            return new Placement(null, DiagnosticCode.ROW_AMBIGUOUS,
                    cells.size() + " cells for " + columns + " columns: which cells are blank cannot be told");
        }
        return placeSurplus(cells, columns);
    }

    private static Placement placeSurplus(List<Cell> cells, int columns) {
        int surplus = cells.size() - columns;
        List<List<Cell>> candidates = new ArrayList<>();
        for (int offset = 0; offset <= surplus; offset++) {
            candidates.add(cells.subList(offset, offset + columns));
        }
        String detail = cells.size() + " cells for " + columns + " columns";
        if (candidates.stream().map(RowAligner::valuesOf).distinct().count() == 1) {
            return new Placement(new ArrayList<>(candidates.get(0)), DiagnosticCode.EXTRA_CELLS,
                    detail + "; every placement gives the same values");
        }
        return new Placement(null, DiagnosticCode.ROW_AMBIGUOUS, detail + ": the extra cells cannot be placed with certainty");
    }

    private static List<Cell> blanks(int columns) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            cells.add(new Cell(CellKind.BLANK, null, ""));
        }
        return cells;
    }

    private static List<String> valuesOf(List<Cell> cells) {
        return cells.stream().map(c -> c.kind() + ":" + (c.value() == null ? "" : c.value().toPlainString())).toList();
    }
}
