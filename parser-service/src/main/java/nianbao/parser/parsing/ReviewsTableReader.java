package nianbao.parser.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads table 四 (administrative reviews and lawsuits): the 15 values under the header, in the fixed order
 * 行政复议, 未经复议直接起诉, 复议后起诉 × 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. Rows of values that a page break
 * split are joined.
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

    /** Returns the cells read, or null when the table has no row of values at all. */
    public CellGrid read(List<SourceRow> rows) {
        List<Cell> values = new ArrayList<>();
        Integer firstLine = null;
        for (SourceRow source : rows) {
            LabeledRow row = LabeledRow.of(source);
            if (!row.hasLabel() && row.hasValues()) {
                values.addAll(row.values());
                firstLine = firstLine == null ? row.line() : firstLine;
            }
        }
        if (firstLine == null) {
            diagnostics.add("TABLE_MISSING", TABLE, null, "no row of values found in table 四", null);
            return null;
        }
        CellGrid grid = new CellGrid();
        RowAligner.Placement placement = RowAligner.place(values, CELLS, values15 -> {
            for (int g = 0; g < GROUPS.size(); g++) {
                var parts = values15.subList(g * 5, g * 5 + 4).stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
                if (parts.compareTo(values15.get(g * 5 + 4)) != 0) {
                    return false;
                }
            }
            return true;
        });
        if (placement.problem() != null) {
            diagnostics.add(placement.problem(), TABLE, null, placement.detail(), firstLine, null);
        }
        if (!placement.placed()) {
            return grid;
        }
        for (int i = 0; i < CELLS; i++) {
            Cell cell = placement.cells().get(i);
            if (cell.kind() == CellKind.NUMBER) {
                grid.put(GROUPS.get(i / 5), OUTCOMES.get(i % 5), cell.value());
            } else {
                diagnostics.cellNotANumber(TABLE, GROUPS.get(i / 5) + "." + OUTCOMES.get(i % 5), cell, firstLine);
            }
        }
        return grid;
    }
}
