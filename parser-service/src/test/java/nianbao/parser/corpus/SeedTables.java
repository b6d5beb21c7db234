package nianbao.parser.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A seed's lines with the positions of its three tables: the section each table line belongs to and, in order,
 * the lines that carry numbers (one per contract row). The corpus generator edits these lines in place.
 */
public final class SeedTables {

    public static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    public final List<String> lines;
    /** Per table (0 = 二, 1 = 三, 2 = 四): the indexes of the tab lines that carry at least one number, in order. */
    public final List<List<Integer>> numberLines = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    /** Table 三's header lines (tab lines between the section heading and the first row of numbers). */
    final List<Integer> applicationsHeader = new ArrayList<>();

    public SeedTables(String text) {
        lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
        int table = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String heading = line.replaceFirst("^#+\\s*", "").strip();
            if (line.indexOf('\t') < 0) {
                if (heading.startsWith("二、主动公开")) {
                    table = 0;
                } else if (heading.startsWith("三、收到和处理")) {
                    table = 1;
                } else if (heading.startsWith("四、政府信息公开行政复议")) {
                    table = 2;
                } else if (heading.startsWith("五、")) {
                    table = -1;
                }
                continue;
            }
            if (table < 0) {
                continue;
            }
            if (numberCells(line).isEmpty()) {
                if (table == 1 && numberLines.get(1).isEmpty()) {
                    applicationsHeader.add(i);
                }
            } else {
                numberLines.get(table).add(i);
            }
        }
        check(0, 6);
        check(1, 25);
        check(2, 1);
    }

    private void check(int table, int rows) {
        if (numberLines.get(table).size() != rows) {
            throw new IllegalStateException("table " + table + ": " + numberLines.get(table).size() + " number lines, expected " + rows);
        }
    }

    /** The positions of the cells of a tab line that hold a plain number. */
    public static List<Integer> numberCells(String line) {
        String[] cells = line.split("\t", -1);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            if (NUMBER.matcher(cells[i].strip()).matches()) {
                positions.add(i);
            }
        }
        return positions;
    }

    /** The index of the last cell that is text (not blank, not a number): where a row's label ends. */
    static int lastLabelCell(String[] cells) {
        int last = -1;
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].strip();
            if (!c.isEmpty() && !NUMBER.matcher(c).matches()) {
                last = i;
            }
        }
        return last;
    }

    String text() {
        return String.join("\n", lines);
    }
}
