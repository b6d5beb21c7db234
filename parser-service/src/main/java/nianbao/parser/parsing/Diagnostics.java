package nianbao.parser.parsing;

import nianbao.parser.model.Diagnostic;

import java.util.ArrayList;
import java.util.List;

/** Collects what the parser could not read with certainty, in the order it found it. */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void add(DiagnosticCode code, String table, String cell, String message, Integer line, String raw) {
        items.add(new Diagnostic(code.name(), table, cell, message, line, raw));
    }

    public void add(DiagnosticCode code, String table, String cell, String message, Integer line) {
        add(code, table, cell, message, line, null);
    }

    /** Records why a cell that is not a plain number holds no value, in the diagnostics and in the grid. */
    public void cellNotANumber(String table, CellGrid grid, String row, String column, Cell read, int line) {
        String cell = column.isEmpty() ? row : row + "." + column;
        switch (read.kind()) {
            case BLANK -> add(DiagnosticCode.CELL_BLANK, table, cell, "cell is blank", line, read.raw());
            case NA -> add(DiagnosticCode.CELL_NA, table, cell, "cell marked not applicable: " + read.raw().strip(), line, read.raw());
            case TOO_LARGE -> add(DiagnosticCode.NUMBER_TOO_LARGE, table, cell,
                    "number has more than " + Cell.MAX_INTEGER_DIGITS + " digits before or after its point; not taken as a value", line, read.raw());
            case TEXT -> add(DiagnosticCode.CELL_TEXT, table, cell, "cell holds text, not a number", line, read.raw());
            case OCR_UNCERTAIN -> add(DiagnosticCode.OCR_UNCERTAIN, table, cell, "OCR read \"" + read.printed()
                    + "\" without confidence at " + read.ocrBox() + "; not taken as a value", line, read.printed());
            default -> {
                return;
            }
        }
        grid.mark(row, column, read.kind() == CellKind.BLANK || read.kind() == CellKind.NA ? CellState.BLANK : CellState.UNREAD);
    }

    public List<Diagnostic> list() {
        return List.copyOf(items);
    }
}
