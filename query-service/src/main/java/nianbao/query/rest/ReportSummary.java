package nianbao.query.rest;

import nianbao.query.store.Region;
import nianbao.query.store.Rejection;
import nianbao.query.store.ReportDocument;
import org.bson.Document;

import java.time.Instant;

/**
 * One line of {@code GET /reports}: which report, its status and its finding counts (or why it was rejected), how much
 * of it was read and checked ({@code cellsRead} of {@code cellsExpected}, {@code identitiesUnchecked}; null for a
 * validation without coverage), where it is, and whether it is the current version of its agency and year.
 */
public record ReportSummary(String reportId, String fileName, String agency, Integer year, String title, String template,
                            String status, Integer errors, Integer warnings, Integer cellsRead, Integer cellsExpected,
                            Integer identitiesUnchecked, String reason, String province, String city, String county,
                            Boolean current, String receivedAt) {

    /** The summary of a stored report or of its slim copy (the same fields). */
    public static ReportSummary of(Document stored) {
        ReportDocument d = ReportDocument.of(stored);
        Rejection rejection = d.rejection();
        Region region = d.region();
        Instant receivedAt = d.receivedAt();
        return new ReportSummary(d.id(), d.fileName(), d.agency(), d.year(), d.title(), d.template(), d.status(),
                d.count("error"), d.count("warning"), d.coverage("cellsRead"), d.coverage("cellsExpected"),
                d.coverage("identitiesUnchecked"), rejection == null ? null : rejection.reason(),
                region == null ? null : region.province(), region == null ? null : region.city(),
                region == null ? null : region.county(), d.current(), receivedAt == null ? null : receivedAt.toString());
    }
}
