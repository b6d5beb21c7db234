package nianbao.parser.parsing;

import nianbao.parser.model.Reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts what was read of the three tables, cell by cell over the layout the report has (200 cells, or 186 when
 * （六）其他处理 is one row): a number, a cell printed blank, a cell the table does not print, or one not read.
 */
final class ReadingSummary {

    private final List<String> unread = new ArrayList<>();
    private final List<String> blank = new ArrayList<>();
    private final List<String> absent = new ArrayList<>();
    private int expected;

    private ReadingSummary() {
    }

    static Reading of(CellGrid table2, CellGrid table3, boolean combinedOtherHandling, CellGrid table4) {
        ReadingSummary summary = new ReadingSummary();
        for (String row : List.of("regulations", "normativeDocuments")) {
            for (String column : List.of("issued", "repealed", "inForce")) {
                summary.count(table2, "activeDisclosure", row, column);
            }
        }
        for (String row : List.of("licensing", "punishment", "compulsion", "feesTenThousandYuan")) {
            summary.count(table2, "activeDisclosure", row, "");
        }
        List<ApplicationRowKey> rows = combinedOtherHandling ? ApplicationsTemplate.COMBINED : ApplicationsTemplate.STANDARD;
        for (ApplicationRowKey key : rows) {
            for (String column : ApplicationsTableReader.COLUMNS) {
                summary.count(table3, "applications", key.path(), column);
            }
        }
        for (String group : ReviewsTableReader.GROUPS) {
            for (String outcome : ReviewsTableReader.OUTCOMES) {
                summary.count(table4, "reviewsAndLawsuits", group, outcome);
            }
        }
        int read = summary.expected - summary.unread.size();
        return new Reading(summary.expected, read, List.copyOf(summary.unread), List.copyOf(summary.blank), List.copyOf(summary.absent));
    }

    private void count(CellGrid grid, String table, String row, String column) {
        expected++;
        if (grid.get(row, column) != null) {
            return;
        }
        String path = table + "." + row + (column.isEmpty() ? "" : "." + column);
        switch (grid.state(row, column)) {
            case BLANK -> blank.add(path);
            case ABSENT -> absent.add(path);
            case UNREAD -> unread.add(path);
        }
    }
}
