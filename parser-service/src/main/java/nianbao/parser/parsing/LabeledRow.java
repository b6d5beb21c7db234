package nianbao.parser.parsing;

import java.util.List;

/**
 * A table row split into its label (the label cells, joined and normalized, a cell repeated by a merge counted
 * once) and its value cells: everything after the last label cell, including cells that hold stray text where a
 * number belongs ("7件"), so the numbers after such a cell keep their columns. {@code positions} are the values'
 * columns on a line of text, or null; {@code firstValueCell} is the index of the first value among the row's cells.
 */
public record LabeledRow(int line, String label, List<Cell> values, List<Integer> positions, int firstValueCell) {

    public LabeledRow(int line, String label, List<Cell> values) {
        this(line, label, values, null, 0);
    }

    public static LabeledRow of(SourceRow row) {
        List<Cell> cells = row.readCells();
        int lastLabel = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isLabel()) {
                lastLabel = i;
            }
        }
        if (lastLabel == 0 && cells.size() == 1) {
            // a row of one label cell (a heading, a sentence): its label is the row's normalized text, worked out once
            List<Integer> positions = row.positions() == null ? null : row.positions().subList(1, 1);
            return new LabeledRow(row.line(), row.normalizedText(), cells.subList(1, 1), positions, 1);
        }
        StringBuilder label = new StringBuilder();
        String previous = null;
        for (int i = 0; i <= lastLabel; i++) {
            String part = Labels.normalize(row.cells().get(i));
            if (!part.isEmpty() && !part.equals(previous)) {
                label.append(part);
                previous = part;
            }
        }
        List<Integer> positions = row.positions() == null ? null : row.positions().subList(lastLabel + 1, cells.size());
        return new LabeledRow(row.line(), label.toString(), cells.subList(lastLabel + 1, cells.size()), positions, lastLabel + 1);
    }

    /** True when the row holds at least one number or explicit mark (not just blanks). */
    public boolean hasValues() {
        for (Cell cell : values) {
            if (cell.kind() != CellKind.BLANK) {
                return true;
            }
        }
        return false;
    }

    /** True when the row holds at least one number. */
    public boolean hasNumbers() {
        for (Cell cell : values) {
            if (cell.kind() == CellKind.NUMBER) {
                return true;
            }
        }
        return false;
    }

    public boolean hasLabel() {
        return !label.isEmpty();
    }
}
