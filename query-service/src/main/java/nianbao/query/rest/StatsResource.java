package nianbao.query.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nianbao.query.model.StatsCalculator;
import nianbao.query.model.StatsGroup;
import nianbao.query.store.Region;
import nianbao.query.store.ReportAnalytics;
import nianbao.query.store.ReportDocument;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.ArrayList;
import java.util.List;

/** Statistics of one year: sums of every table cell, counts and derived rates, by province, city, county or agency. */
@Path("/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    static final List<String> GROUPS = List.of("province", "city", "county", "agency", "subregion");
    private final ReportAnalytics analytics;

    public StatsResource(ReportAnalytics analytics) {
        this.analytics = analytics;
    }

    @GET
    @Operation(summary = "Sums, counts and rates over the current reports of a year",
            description = "Counts the current version of each agency's report. Blank cells add nothing to a sum and are "
                    + "counted in `blanks`. Rates from the sums: substantiveDisclosureRate 实质公开率 = (予以公开 + 部分公开) "
                    + "/ 总计; denialRate 不予公开率 = 不予公开 / 总计; carriedForwardRate 结转率 = 结转下年度 / (新收 + 上年结转); "
                    + "reviewCorrectionRate 行政复议纠错率 = 结果纠正 / 复议总计; lawsuitCorrectionRate 行政诉讼纠错率 = 纠正 / 诉讼总计. "
                    + "Group keys: province; province/city; province/city/county; agency name; for subregion the name of "
                    + "the level below `region` (a province's cities, a city's counties, a county's agencies; without "
                    + "`region`, provinces), '-' where the report names none. reportsByStatus counts each "
                    + "status: INCOMPLETE (not every cell read or identity checked) is its own, never counted as passed. "
                    + "The groups come a page at a time (`page`, `size` ≤ 200, default 200; `totalGroups`).")
    public StatsResponse stats(@Parameter(description = "statistical year (required)") @QueryParam("year") String year,
                               @Parameter(description = "province, city, county, agency or subregion (default province)") @QueryParam("groupBy") String groupBy,
                               @Parameter(description = "only reports of this province") @QueryParam("province") String province,
                               @Parameter(description = "only reports of this city") @QueryParam("city") String city,
                               @Parameter(description = "only reports of this county") @QueryParam("county") String county,
                               @Parameter(description = "only reports of the province, city or county of this name") @QueryParam("region") String region,
                               @Parameter(description = "true: leave out reports whose latest validation has errors") @QueryParam("excludeErrors") String excludeErrors,
                               @Parameter(description = "page number of the groups from 0") @QueryParam("page") String page,
                               @Parameter(description = "groups per page, at most 200 (default 200)") @QueryParam("size") String size) {
        int y = Params.requiredYear(year);
        String by = Params.oneOf("groupBy", groupBy, GROUPS, "province");
        boolean exclude = Params.bool("excludeErrors", excludeErrors);
        String p = Params.text("province", province);
        String c = Params.text("city", city);
        String k = Params.text("county", county);
        String r = Params.text("region", region);
        int pageNumber = Params.integer("page", page, 0, Params.MAX_PAGE, 0);
        int pageSize = Params.integer("size", size, 1, ReportsResource.MAX_PAGE_SIZE, ReportsResource.MAX_PAGE_SIZE);
        List<StatsCalculator.Input> inputs = new ArrayList<>();
        int excluded = 0;
        for (ReportDocument d : analytics.reportsOfYear(y, p, c, k, r)) {
            StatsCalculator.Input input = new StatsCalculator.Input(groupOf(d, by, r), d.status(), d.contract());
            if (exclude && input.hasErrors()) {
                excluded++;
            } else {
                inputs.add(input);
            }
        }
        List<StatsGroup> groups = StatsCalculator.compute(inputs);
        List<StatsCalculator.Input> all = inputs.stream()
                .map(i -> new StatsCalculator.Input("全部", i.status(), i.report())).toList();
        StatsGroup overall = all.isEmpty() ? null : StatsCalculator.compute(all).get(0);
        return new StatsResponse(y, by, p, c, k, r, exclude, excluded, overall, groups.size(), pageNumber, pageSize,
                Params.page(groups, pageNumber, pageSize));
    }

    private static String groupOf(ReportDocument d, String by, String region) {
        if (by.equals("agency")) {
            return d.agency();
        }
        Region where = d.region();
        if (by.equals("subregion")) {
            return subregion(d, where, region);
        }
        if (where == null || where.province() == null) {
            return null;
        }
        String key = where.province();
        if (by.equals("province")) {
            return key;
        }
        key += "/" + nullToUnknown(where.city());
        return by.equals("city") ? key : key + "/" + nullToUnknown(where.county());
    }

    /** The name one level below the region asked for: a province's city, a city's county, a county's agency. */
    private static String subregion(ReportDocument d, Region where, String region) {
        if (where == null) {
            return region == null ? null : d.agency();
        }
        if (region == null) {
            return where.province();
        }
        if (region.equals(where.province())) {
            return nullToUnknown(where.city());
        }
        if (region.equals(where.city())) {
            return nullToUnknown(where.county());
        }
        return d.agency();
    }

    private static String nullToUnknown(String name) {
        return name == null ? "-" : name;
    }
}
