package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Runs every rule of a rule set over a parsed report. Plain Java, stateless, thread-safe. */
public final class Validator {

    private final RuleSet ruleSet;

    public Validator(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public Validation validate(JsonNode report) {
        return validate(report, History.none());
    }

    /** Checks a report knowing the same agency's previous year and other agencies' reports of the same year. */
    public Validation validate(JsonNode report, History history) {
        ReportUnderCheck underCheck = ReportUnderCheck.of(report, history);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : ruleSet.rules()) {
            findings.addAll(rule.check(underCheck));
        }
        int errors = count(findings, Severity.ERROR);
        int warnings = count(findings, Severity.WARNING);
        String status = errors > 0 ? Validation.ERRORS : warnings > 0 ? Validation.WARNINGS : Validation.PASSED;
        return new Validation(ruleSet.version(), status, new Validation.Counts(errors, warnings, count(findings, Severity.INFO)),
                findings);
    }

    private static int count(List<Finding> findings, String severity) {
        return (int) findings.stream().filter(f -> severity.equals(f.severity())).count();
    }
}
