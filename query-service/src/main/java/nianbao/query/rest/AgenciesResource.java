package nianbao.query.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nianbao.query.model.AgencyNames;
import nianbao.query.model.Timeline;
import nianbao.query.store.Region;
import nianbao.query.store.ReportAnalytics;
import nianbao.query.store.ReportDocument;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The agencies: find them by name, and follow one over the years. */
@Path("/agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {

    private final ReportAnalytics analytics;

    public AgenciesResource(ReportAnalytics analytics) {
        this.analytics = analytics;
    }

    @GET
    @Operation(summary = "Agencies whose name contains the text", description = "One entry per agency (names compared "
            + "by the agency key of docs/agency-key.md), sorted by name, a page at a time: `page` from 0, `size` ≤ 200 "
            + "(default 50; `limit` is the older name of `size`); `total` says how many match in all.")
    public AgencyList search(@Parameter(description = "text the agency name contains, matched literally") @QueryParam("q") String q,
                             @Parameter(description = "page number from 0") @QueryParam("page") String page,
                             @Parameter(description = "page size, 1–200 (default 50)") @QueryParam("size") String size,
                             @Parameter(description = "the older name of size, 1–200", deprecated = true) @QueryParam("limit") String limit) {
        String text = Params.text("q", q);
        int p = Params.integer("page", page, 0, Params.MAX_PAGE, 0);
        Integer legacy = Params.integer("limit", limit, 1, ReportsResource.MAX_PAGE_SIZE, null);
        int s = Params.integer("size", size, 1, ReportsResource.MAX_PAGE_SIZE, legacy == null ? 50 : legacy);
        Map<String, List<ReportDocument>> byAgency = new LinkedHashMap<>();
        for (ReportDocument d : analytics.agencyReports(text)) {
            byAgency.computeIfAbsent(d.agencyKey(), k -> new ArrayList<>()).add(d);
        }
        List<AgencySummary> all = byAgency.entrySet().stream().map(e -> summary(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(AgencySummary::agency, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        return new AgencyList(Params.page(all, p, s), all.size(), p, s);
    }

    @GET
    @Path("/{agency}/reports")
    @Operation(summary = "One agency's timeline", description = "The current report of each year, oldest first, with key "
            + "figures and their change against year − 1 (null when either side is blank).")
    public AgencyTimeline timeline(@PathParam("agency") String agency) {
        String key = AgencyNames.key(Params.text("agency", agency));
        List<ReportDocument> reports = key == null ? List.of() : analytics.timeline(key);
        if (reports.isEmpty()) {
            throw ClientProblem.notFound("no reports of agency " + Params.shown(agency.strip()));
        }
        List<Timeline.Input> inputs = reports.stream().map(AgenciesResource::input).toList();
        ReportDocument latest = reports.stream().max(Comparator.comparing(ReportDocument::year)).orElseThrow();
        return new AgencyTimeline(latest.agency(), key, Timeline.of(inputs));
    }

    private static AgencySummary summary(String key, List<ReportDocument> reports) {
        ReportDocument latest = reports.stream().max(Comparator.comparing(d -> d.year() == null ? 0 : d.year())).orElseThrow();
        Region region = latest.region();
        TreeSet<Integer> years = new TreeSet<>();
        reports.stream().map(ReportDocument::year).filter(y -> y != null).forEach(years::add);
        return new AgencySummary(latest.agency(), key, region == null ? null : region.province(),
                region == null ? null : region.city(), region == null ? null : region.county(), List.copyOf(years));
    }

    private static Timeline.Input input(ReportDocument d) {
        return new Timeline.Input(d.year(), d.id(), d.agency(), d.status(), d.count("error"), d.count("warning"), d.contract());
    }
}
