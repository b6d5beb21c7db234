package nianbao.validation.rules;

/**
 * What a report's cell holds, as the rules see it. EMPTY, NA, MISSING and ABSENT count as 0 in sums, for checking
 * only; UNREADABLE (the parser could not place the value) makes every identity over it unchecked.
 */
public enum CellState {
    NUMBER, EMPTY, NA, MISSING, ABSENT, UNREADABLE
}
