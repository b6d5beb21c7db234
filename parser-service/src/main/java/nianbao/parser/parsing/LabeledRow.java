package nianbao.parser.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * A table row split into its label (the text cells, joined and normalized) and its value cells (everything after
 * the last text cell).
 */
public record LabeledRow(int line, String label, List<Cell> values) {

    public static LabeledRow of(SourceRow row) {
        List<Cell> cells = new ArrayList<>(row.cells().size());
        int lastText = -1;
        for (int i = 0; i < row.cells().size(); i++) {
            Cell cell = Cell.read(row.cells().get(i));
            cells.add(cell);
            if (cell.kind() == CellKind.TEXT) {
                lastText = i;
            }
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i <= lastText; i++) {
            label.append(Labels.normalize(row.cells().get(i)));
        }
        return new LabeledRow(row.line(), label.toString(), cells.subList(lastText + 1, cells.size()));
    }

    /** True when the row holds at least one number or explicit mark (not just blanks). */
    public boolean hasValues() {
        return values.stream().anyMatch(c -> c.kind() != CellKind.BLANK);
    }

    public boolean hasLabel() {
        return !label.isEmpty();
    }
}
