package nianbao.parser.parsing;

/** Why a cell of a table holds no number (contract field {@code reading}; see docs/report-contract.md). */
public enum CellState {
    /** The report prints it empty or marks it not applicable ("/", "无"): read, 0 in sums. */
    BLANK,
    /** The report's table has no such row or column: read, nothing is printed there. */
    ABSENT,
    /** The parser could not tell what the report prints there: unknown, never 0. */
    UNREAD
}
