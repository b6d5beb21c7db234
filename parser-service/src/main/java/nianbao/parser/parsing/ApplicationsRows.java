package nianbao.parser.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * Sorts the rows of table 三's region into the column header (its text, however many lines it is split over, each
 * repetition after a page break included), the rows that hold values, and the label fragments standing on lines of
 * their own between them (a wrapped label, a group label written down the left column, a label displaced by
 * conversion). A lone number on a line of text is page furniture, not a row.
 */
final class ApplicationsRows {

    /** Words only the column header prints. */
    private static final List<String> HEADER_WORDS = List.of("申请人情况", "自然人", "法人或其他组织", "商业企", "科研机",
            "公益", "法律服务", "勾稽关系", "第一项加第二项", "机构", "组织");
    /** A header split over lines leaves short pieces ("其他", "总计", "业") on lines of their own. */
    private static final int HEADER_PIECE = 4;

    final StringBuilder headerText = new StringBuilder();
    final List<ValueRow> valueRows = new ArrayList<>();
    final List<Integer> widths = new ArrayList<>();
    /** Every label standing on a line of its own in the table, in order (the last ones may follow all values). */
    final List<String> labelsAlone = new ArrayList<>();
    /** The header rows' cells, for tables with cell structure (where a cell's index is its column). */
    final List<List<String>> headerRows = new ArrayList<>();

    private ApplicationsRows() {
    }

    static ApplicationsRows collect(List<SourceRow> rows) {
        ApplicationsRows collected = new ApplicationsRows();
        List<String> fragments = new ArrayList<>();
        boolean inHeader = false;
        for (SourceRow source : rows) {
            LabeledRow row = source.labeled();
            if (isHeader(row)) {
                collected.headerText.append(source.normalizedText()).append('|');
                if (source.positions() == null) {
                    collected.headerRows.add(source.cells());
                }
                inHeader = true;
            } else if (isValueRow(source, row)) {
                if (namesColumns(row.label())) {
                    collected.headerText.append(row.label()).append('|');   // a header fused with the first row
                }
                collected.valueRows.add(new ValueRow(row.line(), row.label(), ApplicationRowKey.match(row.label()),
                        List.copyOf(fragments), row.values(), row.positions(), row.firstValueCell(), source.kind()));
                collected.widths.add(filledWidth(row.values()));
                fragments.clear();
                inHeader = false;
            } else if (row.hasLabel()) {
                if (inHeader && row.label().length() <= HEADER_PIECE) {
                    collected.headerText.append(row.label()).append('|');
                } else {
                    fragments.add(row.label());
                    collected.labelsAlone.add(row.label());
                    inHeader = false;
                }
            }
        }
        return collected;
    }

    /** How many cells a row holds from its first to its last non-blank one (padding around a row is no column). */
    static int filledWidth(List<Cell> values) {
        int first = 0;
        int last = values.size() - 1;
        while (first <= last && values.get(first).isBlank()) {
            first++;
        }
        while (last >= first && values.get(last).isBlank()) {
            last--;
        }
        return last - first + 1;
    }

    private static boolean isHeader(LabeledRow row) {
        return row.hasLabel() && !row.hasNumbers() && namesColumns(row.label());
    }

    private static boolean namesColumns(String normalizedLabel) {
        String label = normalizedLabel.replace("其他法律行政法规", "");
        for (String word : HEADER_WORDS) {
            if (label.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isValueRow(SourceRow source, LabeledRow row) {
        boolean textLine = source.positions() != null;
        if (row.hasValues()) {
            return row.hasLabel() || !textLine || row.values().size() > 1;
        }
        // a table row that prints a row label and only blank cells is a row of blanks, not a fragment
        return !textLine && row.hasLabel() && row.values().size() >= 2 && ApplicationRowKey.match(row.label()).size() == 1;
    }
}
