package nianbao.parser.parsing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the value cells of one table row onto the table's columns.
 *
 * <p>Pasted tables pad rows with empty cells where merged label cells were, so a row's values may start at
 * different positions and carry empty cells at either end. A row with exactly as many cells as columns is
 * taken as it is; a wider one is placed where a window of the table's width leaves out only blank cells, when
 * every such window gives the same values (a blank first or last cell makes two windows of different values:
 * which blank is padding cannot be told), or when every window of any kind gives the same values. Anything
 * else is ambiguous and yields nothing, never a guess. (The row's own identity, its total, never chooses a placement:
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
        return place(values, columns, -1, -1, true);
    }

    /** A row of a line of text: extra values are never taken for padding ("1 1" may be 11 split by a space). */
    public static Placement placeTextLine(List<Cell> values, int columns) {
        return place(values, columns, -1, -1, false);
    }

    /**
     * @param preferred   where the table's header puts the row's first column among its cells, when the table's full
     *                    rows all stand under their header (-1 otherwise): of two windows that both leave out only
     *                    blanks, the one starting there is the row
     * @param underHeader where the header puts the first column (-1 when unknown): a row with more filled cells than
     *                    columns keeps those under the header when the row's cells start there and only after it
     *                    does it have extra ones
     * @param structured  the cells come from a table's structure (tabs, pipes, a grid): a row with more filled cells
     *                    than columns that all give the same values is placed; on a line of text it is not
     */
    public static Placement place(List<Cell> values, int columns, int preferred, int underHeader, boolean structured) {
        if (values.size() == columns) {
            return new Placement(new ArrayList<>(values), null, null);
        }
        if (values.stream().allMatch(Cell::isBlank)) {
            return new Placement(blanks(columns), null, null);
        }
        String detail = values.size() + " cells for " + columns + " columns";
        if (values.size() < columns) {
            return new Placement(null, DiagnosticCode.ROW_AMBIGUOUS, detail + ": which cells are blank cannot be told");
        }
        // a window of the row's width that leaves out only blank cells: padding around a row, not a column
        List<List<Cell>> windows = new ArrayList<>();
        for (int offset = 0; offset + columns <= values.size(); offset++) {
            if (onlyBlanksOutside(values, offset, offset + columns)) {
                windows.add(values.subList(offset, offset + columns));
            }
        }
        if (!windows.isEmpty() && allTheSame(windows)) {
            return new Placement(new ArrayList<>(windows.get(0)), null, null);
        }
        if (windows.size() > 1 && preferred >= 0 && preferred + columns <= values.size()
                && onlyBlanksOutside(values, preferred, preferred + columns)) {
            return new Placement(new ArrayList<>(values.subList(preferred, preferred + columns)), null, null);
        }
        if (windows.isEmpty() && startsUnderHeader(values, underHeader, columns)) {
            return new Placement(new ArrayList<>(values.subList(underHeader, underHeader + columns)), DiagnosticCode.EXTRA_CELLS,
                    detail + "; the cells under the header's columns are taken");
        }
        List<Cell> filled = withoutBlankEnds(values);
        if (windows.isEmpty() && structured && everyWindowTheSame(filled, columns)) {
            return new Placement(new ArrayList<>(filled.subList(0, columns)), DiagnosticCode.EXTRA_CELLS,
                    detail + "; every placement gives the same values");
        }
        return new Placement(null, DiagnosticCode.ROW_AMBIGUOUS, detail + ": which cells are the row's cannot be told");
    }

    private static boolean onlyBlanksOutside(List<Cell> values, int from, int to) {
        for (int i = 0; i < values.size(); i++) {
            if ((i < from || i >= to) && !values.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The row's first filled cell stands under the header's first column and its extra cells come after its last. */
    private static boolean startsUnderHeader(List<Cell> values, int underHeader, int columns) {
        if (underHeader < 0 || underHeader + columns > values.size() || values.get(underHeader).isBlank()) {
            return false;
        }
        for (int i = 0; i < underHeader; i++) {
            if (!values.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<Cell> withoutBlankEnds(List<Cell> values) {
        int first = 0;
        int last = values.size() - 1;
        while (first < last && values.get(first).isBlank()) {
            first++;
        }
        while (last > first && values.get(last).isBlank()) {
            last--;
        }
        return values.subList(first, last + 1);
    }

    private static boolean everyWindowTheSame(List<Cell> values, int columns) {
        if (values.size() < columns) {
            return false;
        }
        List<Cell> first = values.subList(0, columns);
        for (int offset = 1; offset + columns <= values.size(); offset++) {
            if (!sameValues(first, values.subList(offset, offset + columns))) {
                return false;
            }
        }
        return true;
    }

    private static List<Cell> blanks(int columns) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            cells.add(new Cell(CellKind.BLANK, null, ""));
        }
        return cells;
    }

    private static boolean allTheSame(List<List<Cell>> windows) {
        for (int i = 1; i < windows.size(); i++) {
            if (!sameValues(windows.get(0), windows.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether two runs of cells hold the same kinds and the same numbers as written (1 and 1.0 differ), cell by cell. */
    static boolean sameValues(List<Cell> a, List<Cell> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameValue(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValue(Cell a, Cell b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        BigDecimal x = a.value();
        BigDecimal y = b.value();
        if (x == null || y == null) {
            return x == null && y == null;
        }
        return x.equals(y) || x.toPlainString().equals(y.toPlainString());
    }
}
