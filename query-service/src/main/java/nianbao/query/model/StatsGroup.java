package nianbao.query.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The statistics of one group of reports: how many, how many with errors, how many of each status (ERRORS, INCOMPLETE,
 * WARNINGS, PASSED, PARSED), the sum of every table cell over them (blank or unread cells add nothing; {@code blanks}
 * says in how many reports each such cell was blank) and the derived rates.
 */
public record StatsGroup(String key, int reports, int reportsWithErrors, Map<String, Integer> reportsByStatus,
                         Map<String, BigDecimal> sums, Map<String, Integer> blanks, Rates rates) {
}
