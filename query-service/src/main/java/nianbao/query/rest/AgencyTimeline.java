package nianbao.query.rest;

import nianbao.query.model.TimelineEntry;

import java.util.List;

/** {@code GET /agencies/{agency}/reports}: the agency's current report of each year, oldest first, with changes. */
public record AgencyTimeline(String agency, String agencyKey, List<TimelineEntry> years) {
}
