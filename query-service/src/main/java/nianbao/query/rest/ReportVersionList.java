package nianbao.query.rest;

import java.util.List;

/**
 * {@code GET /reports/{id}/versions}: the files of the same agency and year, newest first, one page of them, how many
 * there are in all, and which one is current.
 */
public record ReportVersionList(String reportId, String currentReportId, List<ReportSummary> versions, int total, int page,
                                int size) {
}
