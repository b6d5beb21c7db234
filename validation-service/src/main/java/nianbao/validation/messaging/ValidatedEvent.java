package nianbao.validation.messaging;

import nianbao.validation.rules.Coverage;
import nianbao.validation.rules.Finding;
import nianbao.validation.rules.Validation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code reports-validated.v1} event, the one dashboards subscribe to (docs/events.md): which report, which rule
 * set, the status (ERRORS, INCOMPLETE, WARNINGS, PASSED), counts by severity, what could be checked, and every finding.
 */
public record ValidatedEvent(String eventId, String type, String reportId, String occurredAt, String agency, Integer year,
                             String ruleSetVersion, String status, Validation.Counts counts, Coverage coverage,
                             List<Finding> findings) {

    public static final String TYPE = "reports-validated.v1";

    public static ValidatedEvent of(String reportId, String agency, Integer year, Validation validation) {
        return new ValidatedEvent(UUID.randomUUID().toString(), TYPE, reportId, Instant.now().toString(), agency, year,
                validation.ruleSetVersion(), validation.status(), validation.counts(), validation.coverage(), validation.findings());
    }
}
