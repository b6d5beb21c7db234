package nianbao.parser.corpus.families;

import java.util.List;

/**
 * One printed row of a table: its contract key ("denied.stateSecret", "licensing", "" for table 四), its own label
 * as printed ("" when the label was lost), whether that label stands on the line before the numbers, and its cells
 * in column order.
 */
public record Row(String key, String label, boolean labelOnOwnLine, List<Cell> cells) {

    public Row(String key, String label, List<Cell> cells) {
        this(key, label, false, cells);
    }

    public Row withLabel(String newLabel) {
        return new Row(key, newLabel, labelOnOwnLine, cells);
    }

    public Row withLabelOnOwnLine() {
        return new Row(key, label, true, cells);
    }

    public Row withCells(List<Cell> newCells) {
        return new Row(key, label, labelOnOwnLine, List.copyOf(newCells));
    }

    /** The cells that are printed, in order. */
    public List<Cell> printedCells() {
        return cells.stream().filter(Cell::printed).toList();
    }
}
