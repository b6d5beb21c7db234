package nianbao.query.rest;

import nianbao.query.model.StatsGroup;

import java.util.List;

/** {@code GET /stats}: which reports were counted, the overall figures, and one page of the groups (how many in all). */
public record StatsResponse(int year, String groupBy, String province, String city, String county, String region,
                            boolean excludeErrors, int excludedWithErrors, StatsGroup overall, int totalGroups, int page,
                            int size, List<StatsGroup> groups) {
}
