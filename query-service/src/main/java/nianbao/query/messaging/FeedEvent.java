package nianbao.query.messaging;

import nianbao.query.store.Region;
import nianbao.query.store.Rejection;
import nianbao.query.store.ReportDocument;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What dashboards get on {@code GET /events} (the data of one server-sent event) when a report is validated or
 * rejected: which report, where it is from, its status and counts, how much of it was read and checked (null for a
 * validation without coverage), and for a rejection the reason. The SSE {@code id} is {@link #id}.
 */
public record FeedEvent(@Schema(description = "the SSE id: <epoch>-<sequence>; send it back as Last-Event-ID to resume") String id,
                        @Schema(enumeration = {"validated", "rejected", "reset"}) String kind, String reportId, String agency,
                        Integer year, String province, String city, String county, String fileName,
                        @Schema(enumeration = {"PASSED", "WARNINGS", "ERRORS", "INCOMPLETE", "REJECTED"}) String status,
                        Integer errors, Integer warnings, Integer cellsRead, Integer cellsExpected, Integer identitiesUnchecked,
                        String ruleSetVersion, @Schema(description = "why a REJECTED report was rejected") String reason,
                        String occurredAt) {

    /** A validated or rejected report as the read model holds it now (without an id: the window gives it one). */
    public static FeedEvent of(String kind, ReportDocument report, String occurredAt) {
        Region region = report.region();
        Rejection rejection = report.rejection();
        var validation = report.validation();
        return new FeedEvent(null, kind, report.id(), report.agency(), report.year(), region == null ? null : region.province(),
                region == null ? null : region.city(), region == null ? null : region.county(), report.fileName(),
                status(report), report.count("error"), report.count("warning"), report.coverage("cellsRead"),
                report.coverage("cellsExpected"), report.coverage("identitiesUnchecked"),
                validation == null ? null : validation.getString("ruleSetVersion"),
                rejection == null ? null : rejection.reason(), occurredAt);
    }

    /**
     * REJECTED for a rejected report; else the validation's status (PASSED, WARNINGS, ERRORS, INCOMPLETE), also while its
     * parse has not arrived yet (the read model says PENDING until then; a second event follows with the parse).
     */
    private static String status(ReportDocument report) {
        String stored = report.status();
        if ("REJECTED".equals(stored) || report.validation() == null) {
            return stored;
        }
        return report.validation().getString("status");
    }

    /** Sent first to a client whose Last-Event-ID is older than the window (or of another epoch): reload, then follow. */
    public static FeedEvent reset(String oldestKept) {
        return new FeedEvent(null, "reset", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                "events before " + oldestKept + " are no longer kept; reload the reports list", null);
    }

    FeedEvent withId(String id) {
        return new FeedEvent(id, kind, reportId, agency, year, province, city, county, fileName, status, errors, warnings,
                cellsRead, cellsExpected, identitiesUnchecked, ruleSetVersion, reason, occurredAt);
    }
}
