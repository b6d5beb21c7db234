package nianbao.query.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nianbao.query.store.ReportQuery;
import nianbao.query.store.ReportStatus;
import nianbao.query.store.ReportStore;
import org.bson.Document;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;
import java.util.Map;

/** The reports: search them, read one in the contract with its validation, read its findings. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    static final int MAX_PAGE_SIZE = 200;
    private final ReportStore store;

    public ReportsResource(ReportStore store) {
        this.store = store;
    }

    @GET
    @Operation(summary = "Search reports", description = "Filters combine with AND. Sorted by year (newest first), then agency.")
    public ReportPage search(@Parameter(description = "text the agency name contains, matched literally") @QueryParam("agency") String agency,
                             @Parameter(description = "statistical year, e.g. 2025") @QueryParam("year") String year,
                             @Parameter(description = "one of " + "REJECTED, PASSED, WARNINGS, ERRORS, PARSED, PENDING") @QueryParam("status") String status,
                             @Parameter(description = "page number from 0") @QueryParam("page") String page,
                             @Parameter(description = "page size, at most 200 (default 20)") @QueryParam("size") String size) {
        ReportQuery query = new ReportQuery(agency, integer("year", year, 1900, 2999, null), status(status),
                integer("page", page, 0, 1_000_000, 0), integer("size", size, 1, MAX_PAGE_SIZE, 20));
        ReportStore.Page result = store.search(query);
        List<ReportSummary> items = result.items().stream().map(ReportSummary::of).toList();
        return new ReportPage(items, result.total(), query.page(), query.size());
    }

    @GET
    @Path("/{reportId}")
    @Operation(summary = "One report in the contract, with its status, latest validation and any rejection")
    public Map<String, Object> get(@PathParam("reportId") String reportId) {
        return ReportView.of(find(reportId));
    }

    @GET
    @Path("/{reportId}/findings")
    @Operation(summary = "The latest validation's findings of one report")
    @SuppressWarnings("unchecked")
    public ReportFindings findings(@PathParam("reportId") String reportId) {
        Document report = find(reportId);
        Document validation = report.get("validation", Document.class);
        if (validation == null) {
            return new ReportFindings(reportId, ReportStatus.of(report), null, List.of());
        }
        List<Map<String, Object>> findings = (List<Map<String, Object>>) (List<?>) validation.getList("findings", Document.class, List.of());
        return new ReportFindings(reportId, ReportStatus.of(report), validation.getString("ruleSetVersion"), findings);
    }

    private Document find(String reportId) {
        return store.find(reportId).orElseThrow(() -> new NotFoundException("no report " + reportId));
    }

    private static Integer integer(String name, String value, int min, int max, Integer fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw new BadRequestException(name + " must be between " + min + " and " + max + ", was " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, was '" + value + "'");
        }
    }

    private static String status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String status = value.strip().toUpperCase();
        if (!ReportStatus.ALL.contains(status)) {
            throw new BadRequestException("status must be one of " + ReportStatus.ALL + ", was '" + value + "'");
        }
        return status;
    }
}
