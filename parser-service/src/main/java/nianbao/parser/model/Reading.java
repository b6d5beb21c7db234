package nianbao.parser.model;

import java.util.List;

/**
 * What the parser read of the three tables: how many cells the layout has, how many it knows (a number, printed
 * blank, or not printed at all), and by contract path the cells it could not read, the blank ones and the absent
 * ones (docs/report-contract.md, "What was read").
 */
public record Reading(int cellsExpected, int cellsRead, List<String> unread, List<String> blank, List<String> absent) {
}
