package nianbao.query.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nianbao.query.store.ReportSearch;
import nianbao.query.store.ReportStatus;
import nianbao.query.store.ReportStore;
import org.bson.Document;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/** The reports: search them, read one in the contract with its validation, its findings and its versions. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    static final int MAX_PAGE_SIZE = ReportSearchParams.MAX_PAGE_SIZE;
    private final ReportStore store;
    private final ReportSearch search;

    public ReportsResource(ReportStore store, ReportSearch search) {
        this.store = store;
        this.search = search;
    }

    @GET
    @Operation(summary = "Search reports", description = "Filters combine with AND. Default order: year (newest first), "
            + "then agency. Every version is listed unless current=true; each line says whether it is current.")
    public ReportPage search(@BeanParam ReportSearchParams params) {
        var query = params.toQuery();
        ReportSearch.Page result = search.search(query);
        List<ReportSummary> items = result.items().stream().map(ReportSummary::of).toList();
        return new ReportPage(items, result.total(), query.page(), query.size());
    }

    @GET
    @Path("/{reportId}")
    @Operation(summary = "One report in the contract, with its status, latest validation, any rejection and dead letters",
            description = "status is derived from the facts held: REJECTED when a stage rejected the file, or when a record "
                    + "of the report was dead-lettered and it has not completed (a parse and a validation); `deadLetters` "
                    + "lists every dead letter recorded under the report's id ({topic, reason, at}) either way.")
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
            return new ReportFindings(report.getString("_id"), ReportStatus.of(report), null, null, List.of());
        }
        List<Map<String, Object>> findings = (List<Map<String, Object>>) (List<?>) validation.getList("findings", Document.class, List.of());
        return new ReportFindings(report.getString("_id"), ReportStatus.of(report), validation.getString("ruleSetVersion"),
                (Map<String, Object>) validation.get("coverage", Document.class), findings);
    }

    @GET
    @Path("/{reportId}/versions")
    @Operation(summary = "Every file of the same agency and year, newest first",
            description = "Same agency = the same name after NFKC normalization without whitespace. The version received "
                    + "last (source.receivedAt) is current; earlier ones stay readable at /reports/{id}.")
    public ReportVersionList versions(@PathParam("reportId") String reportId) {
        List<ReportSummary> versions = search.versionsOf(find(reportId)).stream().map(ReportSummary::of).toList();
        String current = versions.stream().filter(v -> Boolean.TRUE.equals(v.current())).map(ReportSummary::reportId)
                .findFirst().orElse(null);
        return new ReportVersionList(reportId, current, versions);
    }

    private Document find(String reportId) {
        String id = Params.reportId(reportId);
        return store.find(id).orElseThrow(() -> ClientProblem.notFound("no report " + id));
    }
}
