package nianbao.validation.rules;

import java.util.List;

/** The outcome of checking one report: the findings, counts by severity and the overall status. */
public record Validation(String ruleSetVersion, String status, Counts counts, List<Finding> findings) {

    public static final String PASSED = "PASSED";
    public static final String WARNINGS = "WARNINGS";
    public static final String ERRORS = "ERRORS";

    /** How many findings of each severity. */
    public record Counts(int error, int warning, int info) {
    }
}
