package nianbao.query.store;

import java.util.List;

/**
 * A search over the reports read model: optional filters (combined with AND; region names and template matched
 * exactly, {@code region} against the province, city or county, the agency text literally as a substring), only current versions or all, a sort, a page, a page size.
 */
public record ReportQuery(String agencyText, Integer year, String province, String city, String county, String region, String template,
                          String status, String ruleId, String severity, boolean currentOnly, List<ReportSort> sort,
                          int page, int size) {
}
