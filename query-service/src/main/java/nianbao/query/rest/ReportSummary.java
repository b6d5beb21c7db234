package nianbao.query.rest;

import nianbao.query.store.ReportStatus;
import org.bson.Document;

/** One line of {@code GET /reports}: which report, its status and its finding counts (or why it was rejected). */
public record ReportSummary(String reportId, String fileName, String agency, Integer year, String title, String template,
                            String status, Integer errors, Integer warnings, String reason) {

    static ReportSummary of(Document d) {
        Document validation = d.get("validation", Document.class);
        Document counts = validation == null ? null : validation.get("counts", Document.class);
        Document rejection = d.get("rejection", Document.class);
        return new ReportSummary(d.getString("_id"), d.getString("fileName"), d.getString("agency"), d.getInteger("year"),
                d.getString("title"), d.getString("template"), ReportStatus.of(d),
                counts == null ? null : counts.getInteger("error"), counts == null ? null : counts.getInteger("warning"),
                rejection == null ? null : rejection.getString("reason"));
    }
}
