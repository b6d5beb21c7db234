package nianbao.query.rest;

import java.util.List;

/** {@code GET /agencies}: one page of the agencies matching, how many match in all, the page number and size. */
public record AgencyList(List<AgencySummary> items, int total, int page, int size) {
}
