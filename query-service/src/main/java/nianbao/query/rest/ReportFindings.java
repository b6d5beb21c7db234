package nianbao.query.rest;

import java.util.List;

/**
 * {@code GET /reports/{id}/findings}: the latest validation's findings with its rule-set version, the report's status and
 * the validation's {@code coverage} (what was read and checked; null when the validation has none); one page of the
 * findings, how many there are in all, the page number and size.
 */
public record ReportFindings(String reportId, String status, String ruleSetVersion, ValidationView.Coverage coverage,
                             List<ValidationView.Finding> findings, int total, int page, int size) {
}
