package nianbao.query.rest;

import nianbao.query.store.ReportStatus;
import org.bson.Document;

import java.util.Date;

/**
 * One line of {@code GET /reports}: which report, its status and its finding counts (or why it was rejected), how much
 * of it was read and checked ({@code cellsRead} of {@code cellsExpected}, {@code identitiesUnchecked}; null for a
 * validation without coverage), where it is, and whether it is the current version of its agency and year.
 */
public record ReportSummary(String reportId, String fileName, String agency, Integer year, String title, String template,
                            String status, Integer errors, Integer warnings, Integer cellsRead, Integer cellsExpected,
                            Integer identitiesUnchecked, String reason, String province, String city, String county,
                            Boolean current, String receivedAt) {

    public static ReportSummary of(Document d) {
        Document validation = d.get("validation", Document.class);
        Document counts = validation == null ? null : validation.get("counts", Document.class);
        Document coverage = validation == null ? null : validation.get("coverage", Document.class);
        Document rejection = ReportStatus.rejection(d);
        Document region = d.get("region", Document.class);
        Date receivedAt = d.getDate("receivedAt");
        return new ReportSummary(d.getString("_id"), d.getString("fileName"), d.getString("agency"), d.getInteger("year"),
                d.getString("title"), d.getString("template"), ReportStatus.of(d),
                integer(counts, "error"), integer(counts, "warning"),
                integer(coverage, "cellsRead"), integer(coverage, "cellsExpected"), integer(coverage, "identitiesUnchecked"),
                rejection == null ? null : rejection.getString("reason"),
                region == null ? null : region.getString("province"), region == null ? null : region.getString("city"),
                region == null ? null : region.getString("county"), d.getBoolean("current"),
                receivedAt == null ? null : receivedAt.toInstant().toString());
    }

    private static Integer integer(Document document, String field) {
        return document != null && document.get(field) instanceof Number n ? n.intValue() : null;
    }
}
