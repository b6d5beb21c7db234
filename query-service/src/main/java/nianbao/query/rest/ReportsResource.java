package nianbao.query.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nianbao.query.store.ReportSearch;
import nianbao.query.store.ReportDocument;
import nianbao.query.store.ReportStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/** The reports: search them, read one in the contract with its validation, its findings and its versions. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    static final int MAX_PAGE_SIZE = ReportSearchParams.MAX_PAGE_SIZE;
    /** Findings come a thousand at a time: a validation holds a few hundred at most (4 MiB events). */
    static final int MAX_FINDINGS_PAGE = 1000;
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
    public ReportDetail get(@PathParam("reportId") String reportId) {
        return ReportViews.detail(find(reportId));
    }

    @GET
    @Path("/{reportId}/findings")
    @Operation(summary = "The latest validation's findings of one report", description = "A page at a time (`size` ≤ 1000, "
            + "default 1000, which is every finding of any validation query-service accepts); `total` counts them all.")
    public ReportFindings findings(@PathParam("reportId") String reportId,
                                   @Parameter(description = "page number from 0") @QueryParam("page") String page,
                                   @Parameter(description = "page size, at most 1000 (default 1000)") @QueryParam("size") String size) {
        int p = Params.integer("page", page, 0, Params.MAX_PAGE, 0);
        int s = Params.integer("size", size, 1, MAX_FINDINGS_PAGE, MAX_FINDINGS_PAGE);
        ReportDocument report = find(reportId);
        ValidationView validation = ReportViews.validation(report);
        List<ValidationView.Finding> all = validation == null || validation.findings() == null ? List.of() : validation.findings();
        return new ReportFindings(report.id(), report.status(), validation == null ? null : validation.ruleSetVersion(),
                validation == null ? null : validation.coverage(), Params.page(all, p, s), all.size(), p, s);
    }

    @GET
    @Path("/{reportId}/versions")
    @Operation(summary = "Every file of the same agency and year, newest first",
            description = "Same agency = the same name after NFKC normalization without whitespace. The version received "
                    + "last (source.receivedAt) is current; earlier ones stay readable at /reports/{id}.")
    public ReportVersionList versions(@PathParam("reportId") String reportId,
                                      @Parameter(description = "page number from 0") @QueryParam("page") String page,
                                      @Parameter(description = "page size, at most 200 (default 50)") @QueryParam("size") String size) {
        int p = Params.integer("page", page, 0, Params.MAX_PAGE, 0);
        int s = Params.integer("size", size, 1, MAX_PAGE_SIZE, 50);
        List<ReportSummary> versions = search.versionsOf(find(reportId)).stream().map(ReportSummary::of).toList();
        String current = versions.stream().filter(v -> Boolean.TRUE.equals(v.current())).map(ReportSummary::reportId)
                .findFirst().orElse(null);
        return new ReportVersionList(reportId, current, Params.page(versions, p, s), versions.size(), p, s);
    }

    private ReportDocument find(String reportId) {
        String id = Params.reportId(reportId);
        return store.find(id).map(ReportDocument::of).orElseThrow(() -> ClientProblem.notFound("no report " + id));
    }
}
