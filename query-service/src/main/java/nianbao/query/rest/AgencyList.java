package nianbao.query.rest;

import java.util.List;

/** {@code GET /agencies}: the agencies matching, up to the limit, and how many match in all. */
public record AgencyList(List<AgencySummary> items, int total) {
}
