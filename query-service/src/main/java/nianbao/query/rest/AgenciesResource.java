package nianbao.query.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nianbao.query.model.AgencyNames;
import nianbao.query.model.Timeline;
import nianbao.query.store.ReportAnalytics;
import nianbao.query.store.ReportStatus;
import org.bson.Document;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

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
            + "after NFKC normalization without whitespace), sorted by name; at most `limit` (≤ 200, default 50).")
    public AgencyList search(@Parameter(description = "text the agency name contains, matched literally") @QueryParam("q") String q,
                             @Parameter(description = "at most this many agencies, 1–200") @QueryParam("limit") String limit) {
        int max = Params.integer("limit", limit, 1, 200, 50);
        Map<String, List<Document>> byAgency = new LinkedHashMap<>();
        for (Document d : analytics.agencyReports(Params.text("q", q))) {
            byAgency.computeIfAbsent(d.getString("agencyKey"), k -> new java.util.ArrayList<>()).add(d);
        }
        List<AgencySummary> all = byAgency.entrySet().stream().map(e -> summary(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(AgencySummary::agency)).toList();
        return new AgencyList(all.stream().limit(max).toList(), all.size());
    }

    @GET
    @Path("/{agency}/reports")
    @Operation(summary = "One agency's timeline", description = "The current report of each year, oldest first, with key "
            + "figures and their change against year − 1 (null when either side is blank).")
    public AgencyTimeline timeline(@PathParam("agency") String agency) {
        String key = AgencyNames.key(Params.text("agency", agency));
        List<Document> reports = key == null ? List.of() : analytics.timeline(key);
        if (reports.isEmpty()) {
            throw ClientProblem.notFound("no reports of agency " + Params.shown(agency.strip()));
        }
        List<Timeline.Input> inputs = reports.stream().map(AgenciesResource::input).toList();
        Document latest = reports.stream().max(Comparator.comparing(d -> d.getInteger("year"))).orElseThrow();
        return new AgencyTimeline(latest.getString("agency"), key, Timeline.of(inputs));
    }

    private static AgencySummary summary(String key, List<Document> reports) {
        Document latest = reports.stream().max(Comparator.comparing(d -> d.getInteger("year", 0))).orElseThrow();
        Document region = latest.get("region", Document.class);
        TreeSet<Integer> years = new TreeSet<>();
        reports.forEach(d -> years.add(d.getInteger("year")));
        return new AgencySummary(latest.getString("agency"), key, region == null ? null : region.getString("province"),
                region == null ? null : region.getString("city"), region == null ? null : region.getString("county"),
                List.copyOf(years));
    }

    private static Timeline.Input input(Document d) {
        Document validation = d.get("validation", Document.class);
        Document counts = validation == null ? null : validation.get("counts", Document.class);
        return new Timeline.Input(d.getInteger("year"), d.getString("_id"), d.getString("agency"), ReportStatus.of(d),
                counts == null ? null : counts.getInteger("error"), counts == null ? null : counts.getInteger("warning"),
                d.get("report", Document.class));
    }
}
