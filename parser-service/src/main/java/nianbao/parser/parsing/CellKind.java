package nianbao.parser.parsing;

/**
 * What a table cell holds: a number, nothing, a "not applicable" mark, an implausibly long number, text, or what
 * OCR read on a scanned page without confidence (ingest marks such a cell; it is never taken as a number).
 */
public enum CellKind {
    NUMBER, BLANK, NA, TOO_LARGE, TEXT, OCR_UNCERTAIN
}
