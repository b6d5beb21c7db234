package nianbao.query.rest;

import java.util.List;

/** {@code GET /reports/{id}/versions}: every file of the same agency and year, newest first, and which one is current. */
public record ReportVersionList(String reportId, String currentReportId, List<ReportSummary> versions) {
}
