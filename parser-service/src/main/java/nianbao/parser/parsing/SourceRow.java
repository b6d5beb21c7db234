package nianbao.parser.parsing;

import java.util.List;

/**
 * One row of the source document: its cells in order (a plain line of text is one cell), its line number, where
 * each cell starts on the line ({@code positions}, character columns, for text laid out with spaces; null when the
 * cells came from a table's structure) and the line as written ({@code rawText}, null for table rows).
 */
public record SourceRow(int line, List<String> cells, List<Integer> positions, String rawText) {

    public SourceRow(int line, List<String> cells) {
        this(line, cells, null, null);
    }

    /** The row's text as it appeared: the line itself, or the cells joined by tabs. */
    public String text() {
        return rawText != null ? rawText : String.join("\t", cells);
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

    /**
     * The row as a line of words (a heading, a title, a sentence): a table row with one filled cell gives that cell,
     * a line of text gives itself unless numbers stand in cells after its first; anything else gives "".
     */
    public String prose() {
        if (rawText == null) {
            return isSingleCell() ? firstFilledCell() : "";
        }
        for (int i = 1; i < cells.size(); i++) {
            if (Cell.read(cells.get(i)).isValue()) {
                return "";
            }
        }
        return rawText.strip();
    }
}
