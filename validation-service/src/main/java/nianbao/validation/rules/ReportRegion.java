package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.validation.store.AgencyKey;

import java.util.List;
import java.util.Objects;

/**
 * The region a report belongs to (its {@code region}: province, city, county as the parser resolved them), and
 * whether the report is its government's region-wide report rather than one agency's.
 *
 * <p>A report is region-wide when its agency, by agency key, is the region's own name (the title names only the
 * region: 中卫市2025年政府信息公开工作年度报告), the region's name + 人民政府, or the government's office
 * (人民政府办公室 / 办公厅, 政府办公室 / 办公厅) when the title does not name that office (the office compiled the
 * region's report: its name came from the text). A title naming the office is the office's own report.
 */
public record ReportRegion(String province, String city, String county) {

    private static final List<String> GOVERNMENT = List.of("人民政府");
    private static final List<String> OFFICES = List.of("人民政府办公室", "人民政府办公厅", "政府办公室", "政府办公厅");

    /** The report's region, or null when the parser resolved none. */
    public static ReportRegion of(JsonNode report) {
        JsonNode region = report.path("region");
        ReportRegion resolved = new ReportRegion(text(region, "province"), text(region, "city"), text(region, "county"));
        return resolved.name() == null ? null : resolved;
    }

    /** The region's own name: the county's, else the city's, else the province's. */
    public String name() {
        return county != null ? county : city != null ? city : province;
    }

    /** The key the region's reports are kept under: the agency keys of province, city and county. */
    public String key() {
        return part(province) + "/" + part(city) + "/" + part(county);
    }

    /** Whether the report is its region's region-wide report (see the class comment). */
    public boolean regionWide(JsonNode report) {
        String agency = AgencyKey.of(report.path("agency").isTextual() ? report.path("agency").asText() : null);
        String region = AgencyKey.of(name());
        if (agency == null || region == null) {
            return false;
        }
        if (agency.equals(region) || GOVERNMENT.stream().anyMatch(g -> agency.equals(region + g))) {
            return true;
        }
        String title = Objects.requireNonNullElse(AgencyKey.of(report.path("title").asText("")), "");
        return OFFICES.stream().anyMatch(o -> agency.equals(region + o)) && !title.contains(agency);
    }

    private static String part(String name) {
        return Objects.requireNonNullElse(AgencyKey.of(name), "");
    }

    private static String text(JsonNode region, String field) {
        JsonNode value = region.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
