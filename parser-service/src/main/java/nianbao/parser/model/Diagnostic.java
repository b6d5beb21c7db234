package nianbao.parser.model;

/**
 * Something the parser could not read with certainty, or a deviation from the standard format.
 * {@code cell} is the path inside {@code table} (e.g. {@code review.upheld}), {@code raw} the text it saw.
 */
public record Diagnostic(String code, String table, String cell, String message, Integer line, String raw) {
}
