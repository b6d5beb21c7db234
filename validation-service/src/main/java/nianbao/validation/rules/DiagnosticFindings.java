package nianbao.validation.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which rule turns each parser diagnostic into a finding (the "finding" column of docs/diagnostics.md, kept equal to
 * it by a test). The rules read their codes from here, so the table and the code cannot drift apart.
 */
public final class DiagnosticFindings {

    private static final Map<DiagnosticCode, List<String>> RULES = new EnumMap<>(DiagnosticCode.class);

    static {
        for (DiagnosticCode code : List.of(DiagnosticCode.CELL_BLANK, DiagnosticCode.CELL_NA)) {
            RULES.put(code, List.of("S06"));
        }
        for (DiagnosticCode code : List.of(DiagnosticCode.CELL_TEXT, DiagnosticCode.OCR_UNCERTAIN, DiagnosticCode.NUMBER_TOO_LARGE, DiagnosticCode.ROW_UNREAD,
                DiagnosticCode.ROW_AMBIGUOUS, DiagnosticCode.ROW_OUT_OF_ORDER, DiagnosticCode.UNPLACED_VALUES)) {
            RULES.put(code, List.of("R01"));
        }
        for (DiagnosticCode code : List.of(DiagnosticCode.COLUMN_MISSING, DiagnosticCode.ROW_MISSING,
                DiagnosticCode.OTHER_HANDLING_COMBINED)) {
            RULES.put(code, List.of("S04"));
        }
        RULES.put(DiagnosticCode.TABLE_CONFLICT, List.of("R01", "S08"));
        RULES.put(DiagnosticCode.TABLE_MISSING, List.of("S01"));
        RULES.put(DiagnosticCode.SECTION_MISSING, List.of("S01"));
        RULES.put(DiagnosticCode.TABLE_2019_LAYOUT, List.of("S03"));
        RULES.put(DiagnosticCode.SECTION_OUT_OF_ORDER, List.of("S02"));
        RULES.put(DiagnosticCode.YEAR_MISMATCH, List.of("S07"));
    }

    private DiagnosticFindings() {
    }

    /** The rules that report a code (empty when it is a note that reaches no finding). */
    public static List<String> rules(DiagnosticCode code) {
        return RULES.getOrDefault(code, List.of());
    }

    /** Whether the rule reports diagnostics of that code. */
    public static boolean reports(String ruleId, DiagnosticCode code) {
        return rules(code).contains(ruleId);
    }
}
