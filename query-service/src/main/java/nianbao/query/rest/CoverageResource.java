package nianbao.query.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nianbao.query.model.PublicationDeadline;
import nianbao.query.store.ReportAnalytics;
import org.bson.Document;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Coverage of a region in a year: who reported, who did not (P04), who reported late (P01). */
@Path("/coverage")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {

    private final ReportAnalytics analytics;

    public CoverageResource(ReportAnalytics analytics) {
        this.analytics = analytics;
    }

    @GET
    @Operation(summary = "Which agencies of a region have a report for the year, which do not, which were late",
            description = "An agency is known in the region when any of its reports (any year) names the region as its "
                    + "province, city or county. Lateness needs a publication date (report.publishedAt or "
                    + "report.source.publishedAt): source.receivedAt is when nianbao received the file, not when the agency "
                    + "published it, so it is not used; `publicationDatesKnown` says how many reports had one.")
    public CoverageResponse coverage(@Parameter(description = "statistical year (required)") @QueryParam("year") String year,
                                     @Parameter(description = "a province, city or county name, exactly (required)") @QueryParam("region") String region) {
        int y = Params.requiredYear(year);
        String name = Params.text("region", region);
        if (name == null) {
            throw ClientProblem.badParameter("region", "region is required: a province, city or county name, e.g. region=中卫市");
        }
        Map<String, List<Document>> byAgency = new TreeMap<>();
        for (Document d : analytics.inRegion(name)) {
            byAgency.computeIfAbsent(d.getString("agencyKey"), k -> new ArrayList<>()).add(d);
        }
        List<CoverageResponse.Entry> with = new ArrayList<>();
        List<CoverageResponse.Entry> without = new ArrayList<>();
        List<CoverageResponse.Late> late = new ArrayList<>();
        int datesKnown = 0;
        for (var agency : byAgency.entrySet()) {
            Document latest = agency.getValue().stream().max(Comparator.comparing(d -> d.getInteger("year"))).orElseThrow();
            Document ofYear = agency.getValue().stream().filter(d -> d.getInteger("year") == y).findFirst().orElse(null);
            String reportId = ofYear == null ? null : ofYear.getString("_id");
            var entry = new CoverageResponse.Entry(latest.getString("agency"), agency.getKey(), reportId, latest.getInteger("year"));
            (ofYear == null ? without : with).add(entry);
            String publishedAt = ofYear == null ? null : publishedAt(ofYear.get("report", Document.class));
            LocalDate published = PublicationDeadline.date(publishedAt);
            if (published != null) {
                datesKnown++;
                LocalDate deadline = PublicationDeadline.of(ofYear.getString("agency"), y);
                if (published.isAfter(deadline)) {
                    late.add(new CoverageResponse.Late(ofYear.getString("agency"), reportId, publishedAt, deadline.toString()));
                }
            }
        }
        return new CoverageResponse(y, name, byAgency.size(), with, without, datesKnown, late);
    }

    private static String publishedAt(Document report) {
        if (report == null) {
            return null;
        }
        Object direct = report.get("publishedAt");
        if (direct instanceof String s) {
            return s;
        }
        Document source = report.get("source", Document.class);
        return source == null || !(source.get("publishedAt") instanceof String s) ? null : s;
    }
}
