package nianbao.query.rest;

import nianbao.query.model.StatsGroup;

import java.util.List;

/** {@code GET /stats}: which reports were counted, one entry per group, and the overall figures. */
public record StatsResponse(int year, String groupBy, String province, String city, String county, String region,
                            boolean excludeErrors, int excludedWithErrors, StatsGroup overall, List<StatsGroup> groups) {
}
