package nianbao.query.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The statistics of one group of reports: how many, how many with errors, the sum of every table cell over them
 * (blank cells add nothing; {@code blanks} says in how many reports each such cell was blank) and the derived rates.
 */
public record StatsGroup(String key, int reports, int reportsWithErrors, Map<String, BigDecimal> sums,
                         Map<String, Integer> blanks, Map<String, BigDecimal> rates) {
}
