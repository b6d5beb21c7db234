package nianbao.query.rest;

import java.util.List;

/** A page of {@code GET /reports}: the items, how many match in all, the page number and size. */
public record ReportPage(List<ReportSummary> items, long total, int page, int size) {
}
