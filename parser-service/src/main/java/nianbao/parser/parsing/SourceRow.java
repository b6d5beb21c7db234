package nianbao.parser.parsing;

import java.util.List;

/** One row of the source document: its cells in order (a plain line of text is one cell) and its line number. */
public record SourceRow(int line, List<String> cells) {

    /** The row's text with cells joined by tabs, as it appeared. */
    public String text() {
        return String.join("\t", cells);
    }

    /** True when at most one cell has any text: a heading or a paragraph rather than a table row. */
    public boolean isSingleCell() {
        int filled = 0;
        for (String cell : cells) {
            if (!cell.isBlank()) {
                filled++;
            }
        }
        return filled <= 1;
    }

    /** The only non-blank cell, or "" (for single-cell rows). */
    public String firstFilledCell() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return cell;
            }
        }
        return "";
    }
}
