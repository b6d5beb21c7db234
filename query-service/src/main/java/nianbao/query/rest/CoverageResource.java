package nianbao.query.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nianbao.query.model.PublicationDeadline;
import nianbao.query.store.ReportAnalytics;
import nianbao.query.store.ReportDocument;
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
                    + "province, city or county. Lateness needs a publication date (the contract's publication.date, or "
                    + "report.publishedAt / report.source.publishedAt of older events): source.receivedAt is when nianbao received the file, not when the agency "
                    + "published it, so it is not used; `publicationDatesKnown` says how many reports had one.")
    public CoverageResponse coverage(@Parameter(description = "statistical year (required)") @QueryParam("year") String year,
                                     @Parameter(description = "a province, city or county name, exactly (required)") @QueryParam("region") String region,
                                     @Parameter(description = "page number from 0, of each of the three lists") @QueryParam("page") String page,
                                     @Parameter(description = "page size of each list, at most 200 (default 200)") @QueryParam("size") String size) {
        int y = Params.requiredYear(year);
        int p = Params.integer("page", page, 0, Params.MAX_PAGE, 0);
        int s = Params.integer("size", size, 1, ReportsResource.MAX_PAGE_SIZE, ReportsResource.MAX_PAGE_SIZE);
        String name = Params.text("region", region);
        if (name == null) {
            throw ClientProblem.badParameter("region", "region is required: a province, city or county name, e.g. region=中卫市");
        }
        Map<String, List<ReportDocument>> byAgency = new TreeMap<>();
        for (ReportDocument d : analytics.inRegion(name)) {
            if (d.agencyKey() != null && d.year() != null) {
                byAgency.computeIfAbsent(d.agencyKey(), k -> new ArrayList<>()).add(d);
            }
        }
        List<CoverageResponse.Entry> with = new ArrayList<>();
        List<CoverageResponse.Entry> without = new ArrayList<>();
        List<CoverageResponse.Late> late = new ArrayList<>();
        int datesKnown = 0;
        for (var agency : byAgency.entrySet()) {
            ReportDocument latest = agency.getValue().stream().max(Comparator.comparing(ReportDocument::year)).orElseThrow();
            ReportDocument ofYear = agency.getValue().stream().filter(d -> d.year() == y).findFirst().orElse(null);
            String reportId = ofYear == null ? null : ofYear.id();
            var entry = new CoverageResponse.Entry(latest.agency(), agency.getKey(), reportId, latest.year());
            (ofYear == null ? without : with).add(entry);
            String publishedAt = ofYear == null ? null : ofYear.publishedAt();
            LocalDate published = PublicationDeadline.date(publishedAt);
            if (published != null) {
                datesKnown++;
                LocalDate deadline = PublicationDeadline.of(ofYear.agency(), y);
                if (published.isAfter(deadline)) {
                    late.add(new CoverageResponse.Late(ofYear.agency(), reportId, publishedAt, deadline.toString()));
                }
            }
        }
        return new CoverageResponse(y, name, byAgency.size(), with.size(), without.size(), late.size(), p, s,
                Params.page(with, p, s), Params.page(without, p, s), datesKnown, Params.page(late, p, s));
    }
}
