package nianbao.parser.parsing;

import java.util.List;

/**
 * A row of table 三 that holds values: its own label (normalized, "" when the label was lost) and the template rows
 * it names, the label fragments
 * that stood on lines of their own since the previous value row (a wrapped or displaced label), its value cells
 * and, on a line of text, where each value starts; in a table with cell structure, the index of its first value cell.
 */
record ValueRow(int line, String ownLabel, List<ApplicationRowKey> ownKeys, List<String> fragmentsBefore, List<Cell> values,
                List<Integer> positions, int firstValueCell, SourceRow.Kind kind) {

    boolean grid() {
        return kind == SourceRow.Kind.GRID;
    }

    boolean hasOwnLabel() {
        return !ownLabel.isEmpty();
    }

    /** The row's cells as the report printed them, for diagnostics. */
    String raw() {
        StringBuilder raw = new StringBuilder();
        for (Cell cell : values) {
            if (!raw.isEmpty()) {
                raw.append('\t');
            }
            raw.append(cell.raw());
        }
        return raw.toString();
    }
}
