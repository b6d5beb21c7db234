package nianbao.validation.rules;

import java.util.Optional;

/**
 * The closed set of parser diagnostic codes ({@code docs/diagnostics.md}), each with what it means for the null
 * cells it names ({@code null} when no cell changes). validation-service's own copy: a test keeps it equal to the doc.
 */
public enum DiagnosticCode {
    CELL_BLANK(CellState.BLANK),
    CELL_NA(CellState.BLANK),
    CELL_TEXT(CellState.UNREAD),
    OCR_UNCERTAIN(CellState.UNREAD),
    NUMBER_TOO_LARGE(CellState.UNREAD),
    COLUMN_MISSING(CellState.ABSENT),
    HEADER_NOT_FOUND(null),
    ROW_MISSING(CellState.ABSENT),
    ROW_UNREAD(CellState.UNREAD),
    ROW_AMBIGUOUS(CellState.UNREAD),
    EXTRA_CELLS(null),
    ROW_PLACED_BY_POSITION(null),
    LABEL_AMBIGUOUS(null),
    ROW_OUT_OF_ORDER(CellState.UNREAD),
    UNPLACED_VALUES(null),
    DUPLICATE_ROW(null),
    TABLE_CONFLICT(CellState.UNREAD),
    TABLE_MISSING(CellState.UNREAD),
    TABLE_2019_LAYOUT(CellState.ABSENT),
    OTHER_HANDLING_COMBINED(CellState.ABSENT),
    SECTION_MISSING(null),
    SECTION_OUT_OF_ORDER(null),
    TITLE_NOT_FOUND(null),
    AGENCY_NOT_FOUND(null),
    AGENCY_FROM_TEXT(null),
    YEAR_NOT_FOUND(null),
    YEAR_MISMATCH(null),
    PERIOD_NOT_FOUND(null),
    PUBLICATION_DATE_NOT_FOUND(null),
    REGION(null);

    private final CellState cellState;

    DiagnosticCode(CellState cellState) {
        this.cellState = cellState;
    }

    /** What the code makes of the null cells it names: BLANK, ABSENT or UNREAD; null when it changes no cell. */
    public CellState cellState() {
        return cellState;
    }

    /** The code of that name, or empty for a name this copy of the closed set does not know. */
    public static Optional<DiagnosticCode> named(String name) {
        for (DiagnosticCode code : values()) {
            if (code.name().equals(name)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
