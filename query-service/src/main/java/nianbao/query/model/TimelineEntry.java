package nianbao.query.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One year of an agency's timeline: its current report, the key figures, and their change against the report of the
 * year before ({@code changes} is empty when there is no report for year − 1; a change is null when a side is blank).
 */
public record TimelineEntry(int year, String reportId, String agency, String status, Integer errors, Integer warnings,
                            Map<String, BigDecimal> figures, Integer comparedWithYear, Map<String, BigDecimal> changes) {
}
