package nianbao.parser.parsing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reads table 四 (administrative reviews and lawsuits): the 15 values under the header, in the fixed order
 * 行政复议, 未经复议直接起诉, 复议后起诉 × 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. Rows of values that a page break
 * split are joined; a lone number on a line of text is page furniture.
 */
public final class ReviewsTableReader {

    static final String TABLE = "reviewsAndLawsuits";
    public static final List<String> GROUPS = List.of("review", "lawsuitDirect", "lawsuitAfterReview");
    public static final List<String> OUTCOMES = List.of("upheld", "corrected", "other", "pending", "total");
    private static final int CELLS = GROUPS.size() * OUTCOMES.size();

    private final Diagnostics diagnostics;

    public ReviewsTableReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * The cells read. The value rows make up copies of the fifteen values: one row of fifteen (or a wider row whose
     * header shows which fifteen), or rows a page break split that add up to fifteen. Copies that disagree leave those
     * cells unread; rows that make up no copy, beside one that does, leave the whole table unread (what they say
     * cannot be compared); no row of values at all is a missing table.
     */
    public CellGrid read(List<SourceRow> rows) {
        CellGrid grid = new CellGrid();
        BitSet headerColumns = new BitSet();
        BitSet printedColumns = new BitSet();
        List<LabeledRow> valueRows = new ArrayList<>();
        List<LabeledRow> uncertainRows = new ArrayList<>();
        int unreadable = 0;
        for (SourceRow source : rows) {
            LabeledRow row = source.labeled();
            boolean loneNumberOnALine = source.positions() != null && row.values().size() == 1;
            if (onlyDigits(row.label())) {
                // numbers whose spacing made them read as text: a row of values that cannot be read
                diagnostics.add(DiagnosticCode.ROW_AMBIGUOUS, TABLE, null, "a row of numbers that could not be split into "
                        + "cells", row.line(), source.text());
                unreadable++;
            } else if (!row.hasLabel() && row.hasValues() && !loneNumberOnALine) {
                (onlyUncertain(row) ? uncertainRows : valueRows).add(row);
            } else if (source.positions() == null) {
                noteOutcomeColumns(source, headerColumns);
                if (source.grid()) {
                    notePrintedColumns(source, printedColumns);
                }
            }
        }
        if (valueRows.isEmpty()) {
            valueRows = uncertainRows;
        }
        if (!fifteenInARow(headerColumns) && fifteenInARow(printedColumns)) {
            headerColumns = printedColumns;
        }
        if (valueRows.isEmpty()) {
            diagnostics.add(DiagnosticCode.TABLE_MISSING, TABLE, null, "table 四 not found: no row of values", null);
            markAll(grid);
            return grid;
        }
        List<List<Cell>> copies = new ArrayList<>();
        boolean broken = false;
        List<LabeledRow> pending = new ArrayList<>();
        for (LabeledRow row : valueRows) {
            pending.add(row);
            List<Cell> joined = joined(pending);
            if (joined.size() < CELLS) {
                continue;
            }
            // rows a page break split join only into exactly fifteen cells: more means a cell too many somewhere
            List<Cell> copy = pending.size() == 1 ? oneRow(row, headerColumns)
                    : joined.size() == CELLS ? new ArrayList<>(joined) : null;
            if (copy == null) {
                diagnostics.add(DiagnosticCode.ROW_AMBIGUOUS, TABLE, null, joined.size() + " cells for " + CELLS
                        + " columns: which cells are the table's cannot be told", row.line(), null);
                broken = true;
            } else {
                copies.add(copy);
            }
            pending.clear();
        }
        broken |= !pending.isEmpty() || unreadable > 0;
        if (copies.isEmpty() || broken) {
            if (!copies.isEmpty()) {
                diagnostics.add(DiagnosticCode.ROW_UNREAD, TABLE, null, "rows of values beside the table's fifteen could not "
                        + "be read: a second copy cannot be compared", valueRows.get(0).line(), null);
            } else if (!broken) {
                diagnostics.add(DiagnosticCode.ROW_AMBIGUOUS, TABLE, null, "the values do not make up the table's " + CELLS
                        + " cells", valueRows.get(0).line(), null);
            }
            markAll(grid);
            return grid;
        }
        write(grid, merged(copies, valueRows.get(0).line()), valueRows.get(0).line());
        return grid;
    }

    /** A label that is nothing but digits (and the letters OCR reads for 0 and 1): numbers, not a label. */
    private static boolean onlyDigits(String label) {
        boolean digit = false;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if ("OoIl|.,".indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }

    /** One table row of at least fifteen cells: all fifteen, or those under the header's outcome columns. */
    private List<Cell> oneRow(LabeledRow row, BitSet headerColumns) {
        List<Cell> values = row.values();
        boolean structured = row.positions() == null;
        if (structured && values.size() > CELLS && fifteenInARow(headerColumns) && headerColumns.length() <= values.size()) {
            int first = headerColumns.nextSetBit(0);
            diagnostics.add(DiagnosticCode.EXTRA_CELLS, TABLE, null, values.size() + " cells for " + CELLS
                    + " columns; the cells under the header's outcome columns are taken", row.line(), null);
            return new ArrayList<>(values.subList(first, first + CELLS));
        }
        RowAligner.Placement placement = structured ? RowAligner.place(values, CELLS) : RowAligner.placeTextLine(values, CELLS);
        if (placement.problem() == DiagnosticCode.EXTRA_CELLS) {
            diagnostics.add(placement.problem(), TABLE, null, placement.detail(), row.line(), null);
        }
        return placement.cells();
    }

    private static List<Cell> joined(List<LabeledRow> rows) {
        List<Cell> joined = new ArrayList<>();
        rows.forEach(r -> joined.addAll(r.values()));
        return joined;
    }

    /** The copies compared cell by cell: a cell they disagree on is null (unread), with a diagnostic. */
    private List<Cell> merged(List<List<Cell>> copies, int line) {
        List<Cell> first = new ArrayList<>(copies.get(0));
        for (List<Cell> copy : copies.subList(1, copies.size())) {
            boolean conflict = false;
            for (int i = 0; i < CELLS; i++) {
                Cell a = first.get(i);
                Cell b = copy.get(i);
                if (a != null && !(a.kind() == b.kind() && (a.value() == null || a.value().compareTo(b.value()) == 0))) {
                    diagnostics.add(DiagnosticCode.TABLE_CONFLICT, TABLE, GROUPS.get(i / OUTCOMES.size()) + "."
                            + OUTCOMES.get(i % OUTCOMES.size()), "the table prints this cell twice with different values: "
                            + a.raw().strip() + " and " + b.raw().strip(), line, b.raw());
                    first.set(i, null);
                    conflict = true;
                }
            }
            if (!conflict) {
                diagnostics.add(DiagnosticCode.DUPLICATE_ROW, TABLE, null, "the table's values are printed again, the same", line);
            }
        }
        return first;
    }

    private void write(CellGrid grid, List<Cell> cells, int line) {
        for (int i = 0; i < CELLS; i++) {
            Cell cell = cells.get(i);
            String group = GROUPS.get(i / OUTCOMES.size());
            String outcome = OUTCOMES.get(i % OUTCOMES.size());
            if (cell == null) {
                grid.mark(group, outcome, CellState.UNREAD);
            } else if (cell.kind() == CellKind.NUMBER) {
                grid.put(group, outcome, cell.value());
            } else {
                diagnostics.cellNotANumber(TABLE, grid, group, outcome, cell, line);
            }
        }
    }

    /** True when the columns are fifteen side by side. */
    private static boolean fifteenInARow(BitSet columns) {
        return columns.cardinality() == CELLS && columns.length() - 1 - columns.nextSetBit(0) == CELLS - 1;
    }

    /**
     * True for a row whose cells are blanks and cells OCR read without confidence only: on a scanned page the second
     * line of a header cell a page break cut off ("诉" of 复议后起诉) reads so. It is no copy of the values beside a
     * row that has some; alone, it is what the table holds (every cell unread).
     */
    private static boolean onlyUncertain(LabeledRow row) {
        return row.values().stream().allMatch(c -> c.kind() == CellKind.BLANK || c.kind() == CellKind.OCR_UNCERTAIN);
    }

    /**
     * The cell indexes of a header row of a web page's grid that print anything: where OCR misread an outcome's name
     * ("六7CAN计" for 总计), the columns the header covers, without an empty column the grid has beside them.
     */
    private static void notePrintedColumns(SourceRow source, BitSet columns) {
        for (int i = 0; i < source.cells().size(); i++) {
            if (!Labels.normalize(source.cells().get(i)).isEmpty()) {
                columns.set(i);
            }
        }
    }

    /** The cell indexes of a header row (of a table with cell structure) that name an outcome column. */
    private static void noteOutcomeColumns(SourceRow source, BitSet columns) {
        for (int i = 0; i < source.cells().size(); i++) {
            String cell = Labels.normalize(source.cells().get(i));
            if (cell.contains("维持") || cell.contains("纠正") || cell.contains("审结") || cell.equals("总计")
                    || cell.equals("其他结果") || cell.equals("合计")) {
                columns.set(i);
            }
        }
    }

    private static void markAll(CellGrid grid) {
        for (String group : GROUPS) {
            for (String outcome : OUTCOMES) {
                grid.mark(group, outcome, CellState.UNREAD);
            }
        }
    }
}
