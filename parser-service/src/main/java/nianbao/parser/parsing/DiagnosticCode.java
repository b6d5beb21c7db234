package nianbao.parser.parsing;

/**
 * The closed set of diagnostic codes the parser writes; docs/diagnostics.md says what each means for the cells it
 * names and which rule it reaches (DiagnosticCodesDocTest keeps the two in step). Codes are never renamed.
 */
public enum DiagnosticCode {
    CELL_BLANK, CELL_NA, CELL_TEXT, OCR_UNCERTAIN, NUMBER_TOO_LARGE,
    COLUMN_MISSING, HEADER_NOT_FOUND,
    ROW_MISSING, ROW_UNREAD, ROW_AMBIGUOUS, EXTRA_CELLS, ROW_PLACED_BY_POSITION, LABEL_AMBIGUOUS, ROW_OUT_OF_ORDER,
    UNPLACED_VALUES, DUPLICATE_ROW, TABLE_CONFLICT, TABLE_MISSING, TABLE_2019_LAYOUT, OTHER_HANDLING_COMBINED,
    SECTION_MISSING, SECTION_OUT_OF_ORDER,
    TITLE_NOT_FOUND, AGENCY_NOT_FOUND, AGENCY_FROM_TEXT, YEAR_NOT_FOUND, YEAR_MISMATCH, PERIOD_NOT_FOUND,
    PUBLICATION_DATE_NOT_FOUND, REGION
}
