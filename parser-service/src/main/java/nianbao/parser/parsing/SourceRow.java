package nianbao.parser.parsing;

import java.util.List;

/**
 * One row of the source document: its cells in order (a plain line of text is one cell), its line number, where
 * each cell starts on the line ({@code positions}, character columns, for text laid out with spaces; null when the
 * cells came from a table's structure), the line as written ({@code rawText}, null for table rows) and whether the
 * row comes from a web page's grid. What several
 * readers ask of a row (its normalized text, its prose) is worked out once.
 */
public final class SourceRow {

    private final int line;
    private final List<String> cells;
    private final List<Integer> positions;
    private final String rawText;
    private final Kind kind;
    private String text;
    private String normalized;
    private String prose;
    private String normalizedProse;
    private List<Cell> read;
    private LabeledRow labeled;

    /** Where a row's cells come from. */
    public enum Kind {
        /** A line of text split where its columns are. */
        LINE,
        /** A line of tab-separated cells (a table pasted or exported from Word). */
        TABS,
        /** A markdown pipe row. */
        PIPES,
        /** A row of a web page's table, laid on a grid with rowspan and colspan resolved. */
        GRID,
        /** A paragraph of a web page or a document. */
        BLOCK
    }

    public SourceRow(int line, List<String> cells, List<Integer> positions, String rawText, Kind kind) {
        this.line = line;
        this.cells = cells;
        this.positions = positions;
        this.rawText = rawText;
        this.kind = kind;
    }

    public SourceRow(int line, List<String> cells, Kind kind) {
        this(line, cells, null, null, kind);
    }

    /** A row whose {@link #text()} (its cells joined by tabs) the reader already has, such as a tab-separated line. */
    SourceRow(int line, List<String> cells, Kind kind, String joinedByTabs) {
        this(line, cells, null, null, kind);
        this.text = joinedByTabs;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * True for a row of a real grid, where a cell's index is its column in every row; false for text, tab-separated
     * and pipe rows, whose cells a label spread over more or fewer cells can shift.
     */
    public boolean grid() {
        return kind == Kind.GRID;
    }

    public int line() {
        return line;
    }

    public List<String> cells() {
        return cells;
    }

    public List<Integer> positions() {
        return positions;
    }

    public String rawText() {
        return rawText;
    }

    /** The row's text as it appeared: the line itself, or the cells joined by tabs. */
    public String text() {
        if (text == null) {
            text = rawText != null ? rawText : String.join("\t", cells);
        }
        return text;
    }

    /** The row's text normalized for matching ({@link Labels#normalize}). */
    public String normalizedText() {
        if (normalized == null) {
            normalized = Labels.normalize(text());
        }
        return normalized;
    }

    /** The cells read ({@link Cell#read}), once. */
    public List<Cell> readCells() {
        if (read == null) {
            Cell[] cellsRead = new Cell[cells.size()];
            for (int i = 0; i < cellsRead.length; i++) {
                cellsRead[i] = Cell.read(cells.get(i));
            }
            read = List.of(cellsRead);
        }
        return read;
    }

    /** The row split into its label and its values ({@link LabeledRow#of}), once. */
    public LabeledRow labeled() {
        if (labeled == null) {
            labeled = LabeledRow.of(this);
        }
        return labeled;
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
        if (prose == null) {
            prose = computeProse();
        }
        return prose;
    }

    /** {@link #prose()} normalized for matching. */
    public String normalizedProse() {
        if (normalizedProse == null) {
            // the prose is the whole line, or the row's only filled cell: normalized, both are the row's text
            normalizedProse = prose().isEmpty() ? "" : normalizedText();
        }
        return normalizedProse;
    }

    private String computeProse() {
        if (rawText == null) {
            return isSingleCell() ? firstFilledCell() : "";
        }
        for (int i = 1; i < cells.size(); i++) {
            if (readCells().get(i).isValue()) {
                return "";
            }
        }
        return rawText.strip();
    }

    @Override
    public String toString() {
        return line + " " + cells;
    }
}
