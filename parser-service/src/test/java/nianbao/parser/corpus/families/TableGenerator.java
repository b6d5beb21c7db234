package nianbao.parser.corpus.families;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws the three tables of one report from a seeded {@link Random}: consistent numbers (row totals, the column
 * sums of （七）总计, 新收 + 结转 = 总计 + 结转下年度 in every column, table 四's totals), with the blank cells,
 * missing 其他 column and combined （六） its {@link TableOptions} ask for. Blank cells count as 0 in the sums.
 */
final class TableGenerator {

    private final Random random;
    private final TableOptions options;
    private final LabelSet labels;
    private final List<String> blankMarks;
    /** How large the agency's figures are: 1 (a county office) to 100 (a provincial capital). */
    private final int scale;

    TableGenerator(Random random, TableOptions options, LabelSet labels, List<String> blankMarks) {
        this.random = random;
        this.options = options;
        this.labels = labels;
        this.blankMarks = blankMarks;
        this.scale = switch (random.nextInt(6)) {
            case 0 -> 100;
            case 1, 2 -> 10;
            default -> 1;
        };
    }

    List<Table> tables() {
        return List.of(disclosure(), applications(), reviews());
    }

    private Table disclosure() {
        List<Row> rows = new ArrayList<>();
        boolean noRegulations = random.nextInt(3) > 0;
        List<Cell> regulations = new ArrayList<>();
        List<Cell> normative = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if (noRegulations && options.profile() == Profile.BLANKS) {
                regulations.add(Cell.blank(blankMark()));
            } else {
                regulations.add(Cell.of(noRegulations ? 0 : count(i == 2 ? 40 : 5)));
            }
            normative.add(Cell.of(count(i == 2 ? 30 * scale : 3 * scale)));
        }
        rows.add(new Row("regulations", "规章", regulations));
        rows.add(new Row("normativeDocuments", labels.normativeDocuments, normative));
        rows.add(new Row("licensing", "行政许可", List.of(Cell.of(count(500 * scale)))));
        rows.add(new Row("punishment", "行政处罚", List.of(Cell.of(count(300 * scale)))));
        rows.add(new Row("compulsion", "行政强制", List.of(Cell.of(count(20 * scale)))));
        rows.add(new Row("feesTenThousandYuan", "行政事业性收费", List.of(fee())));
        return new Table(Table.Kind.DISCLOSURE, rows);
    }

    private Cell fee() {
        if (options.profile() == Profile.BLANKS && random.nextInt(3) == 0) {
            return Cell.blank(blankMark());
        }
        if (options.profile() == Profile.ZERO_HEAVY || random.nextInt(4) == 0) {
            return Cell.of(0);
        }
        int decimals = random.nextInt(5);
        return Cell.of(BigDecimal.valueOf(1 + random.nextInt(100_000 * scale), decimals));
    }

    private Table applications() {
        List<String> keys = options.combined() ? Contract.COMBINED_ROWS : Contract.APPLICATION_ROWS;
        int columns = Contract.APPLICANTS.size() - 1;
        List<String> results = keys.subList(2, keys.size() - 2);
        long[][] values = new long[keys.size()][columns];
        boolean[][] blank = new boolean[keys.size()][columns + 1];
        long[] handled = new long[columns];
        for (int r = 0; r < results.size(); r++) {
            for (int c = 0; c < columns; c++) {
                long v = columnPresent(c) ? resultValue(c) : 0;
                if (options.profile() == Profile.BLANKS && columnPresent(c) && random.nextInt(12) == 0) {
                    blank[r + 2][c] = true;
                    v = 0;
                }
                values[r + 2][c] = v;
                handled[c] += v;
            }
        }
        for (int c = 0; c < columns; c++) {
            long forward = columnPresent(c) ? small(c) : 0;
            long carried = columnPresent(c) ? Math.min(small(c), handled[c] + forward) : 0;
            values[keys.size() - 1][c] = forward;
            values[keys.size() - 2][c] = handled[c];
            values[1][c] = carried;
            values[0][c] = handled[c] + forward - carried;
        }
        if (options.profile() == Profile.BLANKS && random.nextInt(3) == 0) {
            int row = 2 + random.nextInt(results.size());
            blank[row][columns] = true;
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < keys.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            long total = 0;
            for (int c = 0; c < columns; c++) {
                total += values[r][c];
                cells.add(!columnPresent(c) ? Cell.NONE : blank[r][c] ? Cell.blank(blankMark()) : Cell.of(values[r][c]));
            }
            cells.add(blank[r][columns] ? Cell.blank(blankMark()) : Cell.of(total));
            rows.add(new Row(keys.get(r), labels.own(keys.get(r)), cells));
        }
        return new Table(Table.Kind.APPLICATIONS, rows);
    }

    private boolean columnPresent(int column) {
        return column != Contract.OTHER_COLUMN || options.otherColumn();
    }

    private long resultValue(int column) {
        return switch (options.profile()) {
            case ZERO_HEAVY -> random.nextInt(column == 0 ? 5 : 20) == 0 ? 1 + random.nextInt(column == 0 ? 9 : 2) : 0;
            case NON_ZERO, BLANKS -> random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(column == 0 ? 30 * scale : 3 + scale);
        };
    }

    private long small(int column) {
        if (options.profile() == Profile.ZERO_HEAVY) {
            return random.nextInt(column == 0 ? 3 : 12) == 0 ? 1 + random.nextInt(3) : 0;
        }
        return random.nextInt(column == 0 ? 6 * scale : 4);
    }

    private Table reviews() {
        List<Cell> cells = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            long total = 0;
            for (int k = 0; k < 4; k++) {
                long v = options.profile() == Profile.ZERO_HEAVY
                        ? (random.nextInt(8) == 0 ? 1 : 0)
                        : count(g == 0 ? 20 * scale : 4 * scale);
                total += v;
                cells.add(Cell.of(v));
            }
            cells.add(Cell.of(total));
        }
        return new Table(Table.Kind.REVIEWS, List.of(new Row("", "", cells)));
    }

    /** A count that is 0 one time in four in non-zero profiles and most of the time in the zero-heavy one. */
    private long count(int bound) {
        boolean zero = options.profile() == Profile.ZERO_HEAVY ? random.nextInt(5) > 0 : random.nextInt(4) == 0;
        return zero ? 0 : 1 + random.nextInt(Math.max(1, bound));
    }

    private String blankMark() {
        return blankMarks.get(random.nextInt(blankMarks.size()));
    }
}
