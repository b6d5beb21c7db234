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

    /** The cells read; every cell is unread when the table has no row of values at all. */
    public CellGrid read(List<SourceRow> rows) {
        CellGrid grid = new CellGrid();
        List<Cell> values = new ArrayList<>();
        Integer firstLine = null;
        int valueRows = 0;
        BitSet headerColumns = new BitSet();
        for (SourceRow source : rows) {
            LabeledRow row = LabeledRow.of(source);
            boolean loneNumberOnALine = source.positions() != null && row.values().size() == 1;
            if (!row.hasLabel() && row.hasValues() && !loneNumberOnALine) {
                values.addAll(row.values());
                firstLine = firstLine == null ? row.line() : firstLine;
                valueRows += source.positions() == null ? 1 : 2;
            } else if (source.positions() == null) {
                noteOutcomeColumns(source, headerColumns);
            }
        }
        if (valueRows == 1 && values.size() > CELLS && headerColumns.cardinality() == CELLS
                && headerColumns.length() - 1 - headerColumns.nextSetBit(0) == CELLS - 1
                && headerColumns.length() <= values.size()) {
            // one table row wider than the table: its cells stand under the header's fifteen outcome columns
            int first = headerColumns.nextSetBit(0);
            diagnostics.add(DiagnosticCode.EXTRA_CELLS, TABLE, null, values.size() + " cells for " + CELLS
                    + " columns; the cells under the header's outcome columns are taken", firstLine, null);
            values = new ArrayList<>(values.subList(first, first + CELLS));
        }
        if (firstLine == null) {
            diagnostics.add(DiagnosticCode.TABLE_MISSING, TABLE, null, "table 四 not found: no row of values", null);
            markAll(grid);
            return grid;
        }
        RowAligner.Placement placement = RowAligner.place(values, CELLS);
        if (placement.problem() != null) {
            diagnostics.add(placement.problem(), TABLE, null, placement.detail(), firstLine, null);
        }
        if (!placement.placed()) {
            markAll(grid);
            return grid;
        }
        for (int i = 0; i < CELLS; i++) {
            Cell cell = placement.cells().get(i);
            String group = GROUPS.get(i / OUTCOMES.size());
            String outcome = OUTCOMES.get(i % OUTCOMES.size());
            if (cell.kind() == CellKind.NUMBER) {
                grid.put(group, outcome, cell.value());
            } else {
                diagnostics.cellNotANumber(TABLE, grid, group, outcome, cell, firstLine);
            }
        }
        return grid;
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
