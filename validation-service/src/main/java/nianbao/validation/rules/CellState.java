package nianbao.validation.rules;

/**
 * What a report's cell holds, as the rules see it ({@code reading} in docs/report-contract.md). NUMBER: a value.
 * BLANK: printed empty or "/", "-", "无" on purpose, 0 in sums (S06 lists it). ABSENT: the report's table has no such
 * row or column. UNREAD: the parser could not tell what is printed there. ABSENT and UNREAD are unknown, never 0:
 * every identity over them is not checked.
 */
public enum CellState {
    NUMBER, BLANK, ABSENT, UNREAD;

    /** Whether what the report prints there is known (a number, a blank, or nothing printed at all). */
    public boolean read() {
        return this != UNREAD;
    }

    /** Whether the cell has a value for checking: its number, or 0 for a blank. */
    public boolean checkable() {
        return this == NUMBER || this == BLANK;
    }
}
