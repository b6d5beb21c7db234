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

    /** Checks a report knowing the same agency's previous year, other agencies' texts and its region's reports. */
    public Validation validate(JsonNode report, History history) {
        ReportUnderCheck underCheck = ReportUnderCheck.of(report, history);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : ruleSet.rules()) {
            findings.addAll(rule.check(underCheck));
        }
        Validation.Counts counts = new Validation.Counts(count(findings, Severity.ERROR), count(findings, Severity.WARNING),
                count(findings, Severity.INFO));
        Coverage coverage = underCheck.tally().coverage(underCheck.cells());
        return new Validation(ruleSet.version(), Validation.status(counts, coverage), counts, coverage, findings);
    }

    private static int count(List<Finding> findings, String severity) {
        return (int) findings.stream().filter(f -> severity.equals(f.severity())).count();
    }
}
