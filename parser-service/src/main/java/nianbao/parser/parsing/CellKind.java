package nianbao.parser.parsing;

/** What a table cell holds: a number, nothing, a "not applicable" mark, an implausibly long number, or text. */
public enum CellKind {
    NUMBER, BLANK, NA, TOO_LARGE, TEXT
}
