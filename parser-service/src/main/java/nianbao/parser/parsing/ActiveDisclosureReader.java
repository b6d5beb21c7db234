package nianbao.parser.parsing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads table 二 (active disclosure) of the 2021 format: 规章 and 行政规范性文件 with three columns, 行政许可,
 * 行政处罚, 行政强制 and 行政事业性收费 with one. A row's label may carry the 第二十条 heading merged into it, and its
 * numbers may stand on the next line. A row printed twice with other values is a conflict, unread. A table in the
 * 2019 layout has columns of other meanings; they are not mapped onto these keys.
 */
public final class ActiveDisclosureReader {

    static final String TABLE = "activeDisclosure";

    /** A row of table 二: the labels it goes by, its contract path and its value columns (none: one value). */
    private record RowSpec(List<String> labels, String path, List<String> columns) {

        int width() {
            return Math.max(1, columns.size());
        }

        String column(int i) {
            return columns.isEmpty() ? "" : columns.get(i);
        }
    }

    private static final List<String> DOCUMENT_COLUMNS = List.of("issued", "repealed", "inForce");
    private static final List<RowSpec> ROWS = List.of(
            new RowSpec(List.of("规章"), "regulations", DOCUMENT_COLUMNS),
            new RowSpec(List.of("行政规范性文件", "规范性文件"), "normativeDocuments", DOCUMENT_COLUMNS),
            new RowSpec(List.of("行政许可"), "licensing", List.of()),
            new RowSpec(List.of("行政处罚"), "punishment", List.of()),
            new RowSpec(List.of("行政强制"), "compulsion", List.of()),
            new RowSpec(List.of("行政事业性收费"), "feesTenThousandYuan", List.of()));
    /** Words a label may carry besides the row's own: the 第二十条 heading of a merged cell. */
    private static final int LABEL_SLACK = 12;

    /** What was read, and whether the table uses the 2019 columns. */
    public record Result(CellGrid grid, boolean layout2019, boolean found) {
    }

    private final Diagnostics diagnostics;
    private final CellGrid grid = new CellGrid();
    /** Every row of the document, where its page numbers are; empty when only the table's rows are known. */
    private final List<SourceRow> document;

    public ActiveDisclosureReader(Diagnostics diagnostics) {
        this(diagnostics, List.of());
    }

    public ActiveDisclosureReader(Diagnostics diagnostics, List<SourceRow> document) {
        this.diagnostics = diagnostics;
        this.document = document;
    }

    public Result read(List<SourceRow> rows) {
        boolean layout2019 = rows.stream().map(SourceRow::text).filter(t -> t.indexOf('量') >= 0).map(Labels::normalize)
                .anyMatch(t -> t.contains("本年新制作数量") || t.contains("对外公开总数量") || t.contains("上一年项目数量"));
        if (layout2019) {
            read2019(rows);
            return new Result(grid, true, true);
        }
        List<LabeledRow> found = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        boolean[] labelAlone = new boolean[ROWS.size()];
        int pending = -1;
        int pendingLine = -1;
        boolean tabRows = tabSeparated(rows);
        List<Integer> joined = new ArrayList<>();   // rows of numbers joined to the label alone on the line above
        for (int r = 0; r < rows.size(); r++) {
            SourceRow source = rows.get(r);
            LabeledRow row = source.labeled();
            int index = indexOf(row.label());
            if (index >= 0 && !row.hasValues() && source.positions() != null) {
                pending = index;   // a label on a line of its own: its numbers are on the next line
                pendingLine = source.line();
                labelAlone[index] = true;
                continue;
            }
            // only the very next line of text (a table row with an empty label cell lost its label; a number after
            // blank lines is a page number); in a table of tab-separated rows a line of text is none of its rows
            if (index < 0 && !row.hasLabel() && row.hasValues() && pending >= 0 && source.positions() != null
                    && source.line() == pendingLine + 1 && !tabRows) {
                if (loneNumber(source, row) && r + 1 < rows.size() && loneNumber(rows.get(r + 1), rows.get(r + 1).labeled())
                        && rows.get(r + 1).line() == source.line() + 1) {
                    // two numbers alone on the lines under the label: one is a page number, and which cannot be told
                    diagnostics.add(DiagnosticCode.ROW_AMBIGUOUS, TABLE, ROWS.get(pending).path(), "the label stands alone and "
                            + "two numbers alone follow it: which is the row's and which a page number cannot be told", source.line(),
                            source.text());
                    found.add(new LabeledRow(source.line(), "", List.of()));
                    indexes.add(pending);
                    pending = -1;
                    r++;
                    continue;
                }
                if (loneNumber(source, row) && pageNumberInSequence(source)) {
                    pending = -1;   // the page's number: the document numbers its pages so around it
                    continue;
                }
                index = pending;
                joined.add(found.size());
            }
            pending = -1;
            boolean pageNumber = source.positions() != null && !row.hasLabel() && row.values().size() == 1;
            boolean unknownRowOfValues = index < 0 && row.hasNumbers() && !isHeading(row.label()) && !pageNumber;
            if (index >= 0 && (row.hasValues() || !row.values().isEmpty()) || unknownRowOfValues) {
                found.add(row);
                indexes.add(index);
            }
        }
        unlabelledRowBetween(found, indexes, joined, labelAlone);
        boolean unplaced = placeByPosition(found, indexes);
        List<List<Cell>> read = new ArrayList<>();
        int[] lines = new int[ROWS.size()];
        ROWS.forEach(r -> read.add(null));
        for (int k = 0; k < found.size(); k++) {
            int index = indexes.get(k);
            if (index < 0) {
                continue;
            }
            List<Cell> cells = place(ROWS.get(index), found.get(k));
            if (read.get(index) == null) {
                read.set(index, cells);
                lines[index] = found.get(k).line();
            } else {
                compare(ROWS.get(index), read.get(index), cells, found.get(k).line());
            }
        }
        uncomparable(found, indexes, unplaced, read);
        boolean any = read.stream().anyMatch(r -> r != null);
        for (int i = 0; i < ROWS.size(); i++) {
            write(ROWS.get(i), read.get(i), lines[i], any, unplaced || labelAlone[i]);
        }
        if (!any) {
            diagnostics.add(DiagnosticCode.TABLE_MISSING, TABLE, null, "table 二 not found: none of its rows", null);
        }
        return new Result(grid, false, any);
    }

    /**
     * A table printed more than once, with rows that could not be placed: a row read fewer times than the table was
     * printed cannot be compared with its other copies, so what the copy that was read says is not taken. Nor is a row
     * an unplaced row could be another print of (one as wide): a row printed twice within one copy makes the table
     * look printed more often than it was.
     */
    private void uncomparable(List<LabeledRow> rows, List<Integer> indexes, boolean unplaced, List<List<Cell>> read) {
        int[] count = new int[ROWS.size()];
        int copies = 0;
        for (int index : indexes) {
            if (index >= 0) {
                copies = Math.max(copies, ++count[index]);
            }
        }
        if (copies < 2 || !unplaced) {
            return;
        }
        Set<Integer> unplacedWidths = new HashSet<>();
        for (int k = 0; k < rows.size(); k++) {
            if (indexes.get(k) < 0) {
                unplacedWidths.add(ApplicationsRows.filledWidth(rows.get(k).values()));
            }
        }
        for (int i = 0; i < ROWS.size(); i++) {
            boolean mayBeUnplaced = unplacedWidths.contains(ROWS.get(i).width());
            if (count[i] > 0 && (count[i] < copies || mayBeUnplaced) && read.get(i) != null) {
                diagnostics.add(DiagnosticCode.ROW_UNREAD, TABLE, ROWS.get(i).path(), "the table is printed again and this row "
                        + "of another copy could not be read: the copies cannot be compared", null);
                read.set(i, List.of());
            }
        }
    }

    /**
     * Numbers joined to a label alone on the line above them are that label's only when every row between it and the
     * next row whose label was read has its label in the table: else they may be the values of a row whose label was
     * lost (the label's own cells deleted), and which cannot be told.
     */
    private void unlabelledRowBetween(List<LabeledRow> rows, List<Integer> indexes, List<Integer> joined, boolean[] labelAlone) {
        if (joined.isEmpty()) {
            return;
        }
        boolean[] labelled = labelAlone.clone();
        for (int k = 0; k < rows.size(); k++) {
            if (indexes.get(k) >= 0 && !joined.contains(k)) {
                labelled[indexes.get(k)] = true;
            }
        }
        for (int k : joined) {
            int index = indexes.get(k);
            int next = index + 1;
            while (next < ROWS.size() && !labelled[next]) {
                next++;
            }
            if (next > index + 1 && !rows.get(k).values().isEmpty()) {
                diagnostics.add(DiagnosticCode.ROW_AMBIGUOUS, TABLE, ROWS.get(index).path(), "the label stands alone and the "
                        + "numbers under it may be those of the next row, whose label is not in the table", rows.get(k).line(), null);
                rows.set(k, new LabeledRow(rows.get(k).line(), "", List.of()));
            }
        }
    }

    /**
     * Whether a number alone on a line is the page's number: the document prints the number before it alone on a line
     * earlier, or the one after it later (page numbers count up through the document).
     */
    private boolean pageNumberInSequence(SourceRow source) {
        Integer n = bareInteger(source);
        if (n == null) {
            return false;
        }
        for (SourceRow other : document) {
            Integer m = other.line() == source.line() ? null : bareInteger(other);
            if (m != null && (m == n - 1 && other.line() < source.line() || m == n + 1 && other.line() > source.line())) {
                return true;
            }
        }
        return false;
    }

    /** The integer a line of text holds alone (at most four digits), or null. */
    private static Integer bareInteger(SourceRow source) {
        if (source.positions() == null || source.cells().size() != 1) {
            return null;
        }
        String text = source.cells().get(0).strip();
        if (text.isEmpty() || text.length() > 4) {
            return null;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = Character.digit(text.charAt(i), 10);
            if (digit < 0) {
                return null;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** A number alone on a line of text: a row's only value, or a page number. */
    private static boolean loneNumber(SourceRow source, LabeledRow row) {
        return source.positions() != null && !row.hasLabel() && row.values().size() == 1 && row.hasValues();
    }

    /** Whether the table's labelled rows of values are tab-separated (text copied out of Word). */
    private static boolean tabSeparated(List<SourceRow> rows) {
        for (SourceRow source : rows) {
            if (source.kind() == SourceRow.Kind.TABS && indexOf(source.labeled().label()) >= 0 && source.labeled().hasValues()) {
                return true;
            }
        }
        return false;
    }

    /** The 第二十条 headings and the 信息内容 column headers between the rows. */
    private static boolean isHeading(String label) {
        return label.contains("第二十条") || label.contains("信息内容") || label.contains("本年");
    }

    /**
     * Rows whose label was not read stand in the template's order too (规章, 规范性文件, 许可, 处罚, 强制, 收费): between two
     * rows whose labels were read, they are placed by position when their count equals the rows missing there and
     * each has its slot's width. Only in a table printed once. Returns whether a row of values was left unplaced.
     */
    private boolean placeByPosition(List<LabeledRow> rows, List<Integer> indexes) {
        boolean[] seen = new boolean[ROWS.size()];
        int previous = -1;
        for (int index : indexes) {
            if (index >= 0) {
                if (seen[index] || index < previous) {
                    return indexes.contains(-1);   // printed twice or out of order: no positions to go by
                }
                seen[index] = true;
                previous = index;
            }
        }
        int from = 0;
        int lastSlot = -1;
        for (int k = 0; k <= rows.size(); k++) {
            if (k < rows.size() && indexes.get(k) < 0) {
                continue;
            }
            int nextSlot = k < rows.size() ? indexes.get(k) : ROWS.size();
            List<Integer> unknown = new ArrayList<>();
            for (int j = from; j < k; j++) {
                unknown.add(j);
            }
            int slots = nextSlot - lastSlot - 1;
            if (!unknown.isEmpty() && unknown.size() == slots && widthsFit(rows, unknown, lastSlot + 1)) {
                for (int u = 0; u < unknown.size(); u++) {
                    int slot = lastSlot + 1 + u;
                    indexes.set(unknown.get(u), slot);
                    diagnostics.add(DiagnosticCode.ROW_PLACED_BY_POSITION, TABLE, ROWS.get(slot).path(),
                            "the row's label was not read; placed by its position between rows whose labels were read",
                            rows.get(unknown.get(u)).line(), rows.get(unknown.get(u)).label());
                }
            }
            from = k + 1;
            lastSlot = nextSlot;
        }
        boolean left = indexes.contains(-1);
        for (int k = 0; k < rows.size(); k++) {
            if (indexes.get(k) < 0) {
                diagnostics.add(DiagnosticCode.UNPLACED_VALUES, TABLE, null, "a row of values that could not be placed on a row of the table",
                        rows.get(k).line(), rows.get(k).label());
            }
        }
        return left;
    }

    private static boolean widthsFit(List<LabeledRow> rows, List<Integer> unknown, int firstSlot) {
        for (int u = 0; u < unknown.size(); u++) {
            if (ApplicationsRows.filledWidth(rows.get(unknown.get(u)).values()) != ROWS.get(firstSlot + u).width()) {
                return false;
            }
        }
        return true;
    }

    /** The row's cells on its columns; null (with a diagnostic) when they cannot be placed with certainty. */
    private List<Cell> place(RowSpec spec, LabeledRow row) {
        if (row.values().isEmpty()) {
            return List.of();   // its number could not be told from a page number (diagnosed where it was found)
        }
        RowAligner.Placement placement = row.positions() == null ? RowAligner.place(row.values(), spec.width())
                : RowAligner.placeTextLine(row.values(), spec.width());
        if (placement.problem() != null) {
            diagnostics.add(placement.problem(), TABLE, spec.path(), placement.detail(), row.line(), null);
        }
        return placement.placed() ? placement.cells() : List.of();
    }

    /** A row printed again: the same values are a duplicate, other values a conflict and those cells unread. */
    private void compare(RowSpec spec, List<Cell> first, List<Cell> again, int line) {
        if (first.isEmpty() || again.isEmpty()) {
            return;
        }
        boolean conflict = false;
        for (int i = 0; i < spec.width(); i++) {
            Cell a = first.get(i);
            Cell b = again.get(i);
            if (a == null) {
                continue;   // already in conflict: stays unread
            }
            boolean same = a.kind() == b.kind() && (a.value() == null || a.value().compareTo(b.value()) == 0);
            if (!same) {
                conflict = true;
                String cell = spec.columns().isEmpty() ? spec.path() : spec.path() + "." + spec.column(i);
                diagnostics.add(DiagnosticCode.TABLE_CONFLICT, TABLE, cell, "the table prints this cell twice with different values: "
                        + a.raw().strip() + " and " + b.raw().strip(), line, b.raw());
                first.set(i, null);
            }
        }
        if (!conflict) {
            diagnostics.add(DiagnosticCode.DUPLICATE_ROW, TABLE, spec.path(), "row printed again with the same values; the first one is kept", line);
        }
    }

    private void write(RowSpec spec, List<Cell> cells, int line, boolean tableFound, boolean unplacedRows) {
        if (cells == null) {
            if (tableFound && unplacedRows) {
                diagnostics.add(DiagnosticCode.ROW_UNREAD, TABLE, spec.path(), "row " + spec.labels().get(0)
                        + " not read: the table has rows that could not be placed, and this may be one of them", null);
            } else if (tableFound) {
                diagnostics.add(DiagnosticCode.ROW_MISSING, TABLE, spec.path(), "row " + spec.labels().get(0) + " not found in table 二", null);
            }
            mark(spec, tableFound && !unplacedRows ? CellState.ABSENT : CellState.UNREAD);
            return;
        }
        if (cells.isEmpty()) {
            mark(spec, CellState.UNREAD);
            return;
        }
        for (int i = 0; i < spec.width(); i++) {
            Cell cell = cells.get(i);
            if (cell == null) {
                grid.mark(spec.path(), spec.column(i), CellState.UNREAD);
            } else if (cell.kind() == CellKind.NUMBER) {
                grid.put(spec.path(), spec.column(i), cell.value());
            } else {
                diagnostics.cellNotANumber(TABLE, grid, spec.path(), spec.column(i), cell, line);
            }
        }
    }

    private void mark(RowSpec spec, CellState state) {
        for (int i = 0; i < spec.width(); i++) {
            grid.mark(spec.path(), spec.column(i), state);
        }
    }

    /**
     * The 2019 table 二 (国办公开办函〔2019〕60号) keeps its own meanings. Only columns meaning the same as a 2021 key
     * are taken: 本年新制作数量 as issued, and 处理决定数量 of 行政许可 / 行政处罚 / 行政强制. 本年新公开数量 and
     * 对外公开总数量 are not 现行有效件数, and the 2019 第（八）项 counts fee items, not an amount: those keys stay null.
     */
    private void read2019(List<SourceRow> rows) {
        diagnostics.add(DiagnosticCode.TABLE_2019_LAYOUT, TABLE, null, "table 二 has the 2019 columns; only issued (本年新制作数量) and "
                + "the 处理决定数量 of licensing, punishment and compulsion mean the same as 2021 keys; the rest is null", null);
        for (String path : List.of("regulations", "normativeDocuments")) {
            grid.mark(path, "repealed", CellState.ABSENT);
            grid.mark(path, "inForce", CellState.ABSENT);
        }
        grid.mark("feesTenThousandYuan", "", CellState.ABSENT);
        for (SourceRow source : rows) {
            LabeledRow row = source.labeled();
            int index = indexOf(row.label());
            if (index < 0 || index == ROWS.size() - 1 || !row.hasValues()) {
                continue;
            }
            String path = ROWS.get(index).path();
            RowAligner.Placement placement = RowAligner.place(row.values(), 3);
            boolean documents = index < 2;
            String column = documents ? "issued" : "";
            if (!placement.placed()) {
                diagnostics.add(placement.problem(), TABLE, path, placement.detail(), row.line(), null);
                grid.mark(path, column, CellState.UNREAD);
                continue;
            }
            Cell cell = placement.cells().get(documents ? 0 : 2);
            if (cell.kind() == CellKind.NUMBER) {
                grid.put(path, column, cell.value());
            } else {
                diagnostics.cellNotANumber(TABLE, grid, path, column, cell, row.line());
            }
        }
    }

    /** Which row a label names: its bare label is the row's, or ends with it after a merged heading. */
    private static int indexOf(String label) {
        String bare = ApplicationRowKey.withoutNumbering(label);
        if (bare.isEmpty() || bare.contains("信息内容")) {
            return -1;
        }
        int found = -1;
        for (int i = 0; i < ROWS.size(); i++) {
            for (String name : ROWS.get(i).labels()) {
                if (bare.equals(name) || (bare.endsWith(name) && bare.length() <= name.length() + LABEL_SLACK
                        && (bare.startsWith("第") || bare.length() <= name.length() + 2))) {
                    if (found >= 0 && found != i) {
                        return -1;
                    }
                    found = i;
                }
            }
        }
        return found;
    }
}
