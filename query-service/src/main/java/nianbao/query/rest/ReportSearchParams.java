package nianbao.query.rest;

import jakarta.ws.rs.QueryParam;
import nianbao.query.store.ReportQuery;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of {@code GET /reports} and its exports, checked into a {@link ReportQuery}. */
public class ReportSearchParams {

    static final int MAX_PAGE_SIZE = 200;

    @QueryParam("agency") @Parameter(description = "text the agency name contains, matched literally")
    String agency;
    @QueryParam("year") @Parameter(description = "statistical year, e.g. 2025")
    String year;
    @QueryParam("province") @Parameter(description = "province, exactly as in region.province, e.g. 宁夏回族自治区")
    String province;
    @QueryParam("city") @Parameter(description = "city, exactly as in region.city")
    String city;
    @QueryParam("county") @Parameter(description = "county, exactly as in region.county")
    String county;
    @QueryParam("region") @Parameter(description = "a province, city or county name, exactly: reports of that region at any level")
    String region;
    @QueryParam("template") @Parameter(description = "2021, 2019, legacy or unknown")
    String template;
    @QueryParam("status") @Parameter(description = "REJECTED, PASSED, WARNINGS, ERRORS, INCOMPLETE (not every cell read or identity checked), PARSED or PENDING")
    String status;
    @QueryParam("ruleId") @Parameter(description = "reports whose latest validation has a finding of this rule, e.g. T3-01")
    String ruleId;
    @QueryParam("severity") @Parameter(description = "reports with a finding of this severity: error, warning, info "
            + "(with ruleId: a finding of that rule with that severity)")
    String severity;
    @QueryParam("current") @Parameter(description = "true: only the current version of each agency and year")
    String current;
    @QueryParam("sort") @Parameter(description = "comma-separated keys of year, agency, fileName, receivedAt, errors, "
            + "warnings, status; a leading '-' sorts descending. Default -year,agency")
    String sort;
    @QueryParam("page") @Parameter(description = "page number from 0")
    String page;
    @QueryParam("size") @Parameter(description = "page size, at most 200 (default 20)")
    String size;

    /** The parameters checked: a bad one is a 400 problem naming it. */
    public ReportQuery toQuery() {
        return new ReportQuery(Params.text("agency", agency), Params.integer("year", year, 1900, 2999, null),
                Params.text("province", province), Params.text("city", city), Params.text("county", county), Params.text("region", region),
                Params.oneOf("template", template, java.util.List.of("2021", "2019", "legacy", "unknown"), null),
                Params.status(status), Params.ruleId(ruleId), Params.severity(severity), Params.bool("current", current),
                Params.sort(sort), Params.integer("page", page, 0, Params.MAX_PAGE, 0),
                Params.integer("size", size, 1, MAX_PAGE_SIZE, 20));
    }
}
