package nianbao.validation.rules;

import java.util.List;

/** The outcome of checking one report: the status, counts by severity, what could be checked, and the findings. */
public record Validation(String ruleSetVersion, String status, Counts counts, Coverage coverage, List<Finding> findings) {

    /** At least one error: an identity the report itself breaks, or a missing part of the format. */
    public static final String ERRORS = "ERRORS";
    /** No error, but a cell was not read or an identity of the tables could not be checked. */
    public static final String INCOMPLETE = "INCOMPLETE";
    /** Everything read and checked; at least one warning. */
    public static final String WARNINGS = "WARNINGS";
    /** Every cell read, every identity checked, no error and no warning. */
    public static final String PASSED = "PASSED";

    /** How many findings of each severity. */
    public record Counts(int error, int warning, int info) {
    }

    /** The status in the order of precedence of docs/events.md: ERRORS, INCOMPLETE, WARNINGS, PASSED. */
    public static String status(Counts counts, Coverage coverage) {
        if (counts.error() > 0) {
            return ERRORS;
        }
        if (!coverage.complete()) {
            return INCOMPLETE;
        }
        return counts.warning() > 0 ? WARNINGS : PASSED;
    }
}
