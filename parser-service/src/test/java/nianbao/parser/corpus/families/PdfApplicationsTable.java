package nianbao.parser.corpus.families;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Table 三 as {@code pdftotext -layout} gives it: the header over several lines with the 勾稽关系 note beside it; the
 * group label 三、本年度办理结果 one character per line among the value lines (or in two pieces, or whole);
 * （三）不予公开 split over the two lines in the middle of its rows; long labels wrapped onto lines without numbers;
 * the column header repeated after a page break; numbers left- or right-aligned under their columns.
 */
final class PdfApplicationsTable {

    private static final List<String> APPLICANT_NAMES = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    private final PagedText page;
    private final ReportContent content;
    private final Random random;
    /** Short labels justified across their cell (分散对齐), which text extraction prints with a space between characters. */
    private final boolean letterSpaced;

    PdfApplicationsTable(PagedText page) {
        this.page = page;
        this.content = page.content;
        this.random = page.random;
        this.letterSpaced = random.nextInt(6) == 0;
    }

    /** "2.重复申请" → "2.重 复 申 请": a space between the characters after the enumerator. */
    static String spaced(String label) {
        int start = LabelSet.enumeratorLength(label);
        StringBuilder out = new StringBuilder(label.substring(0, start));
        for (int i = start; i < label.length(); i++) {
            out.append(i > start ? " " : "").append(label.charAt(i));
        }
        return out.toString();
    }

    /** Column positions and label columns of one report's table 三. */
    private record Grid(int section, int item, int[] columns, int columnWidth, boolean rightAligned) {
        int firstValue() {
            return columns[0];
        }
    }

    /** One output line of table 三's body: the pieces of the label columns, and numbers or none. */
    private static final class BodyLine {
        String group = "";
        String section = "";
        String label = "";
        int labelColumn;
        List<Cell> numbers;
    }

    void render(Table table) {
        int groupStyle = random.nextInt(4);
        int section = groupStyle == 3 ? 11 + random.nextInt(2) : groupStyle == 2 ? 7 + random.nextInt(2) : 4 + random.nextInt(4);
        int item = section + 6 + random.nextInt(5);
        int itemWidth = 12 + random.nextInt(7);
        int columnWidth = 7 + random.nextInt(4);
        int count = content.options().otherColumn() ? 7 : 6;
        int[] columns = new int[count];
        for (int c = 0; c < count; c++) {
            columns[c] = item + itemWidth + 2 + c * columnWidth + (random.nextInt(4) == 0 ? 1 : 0);
        }
        Grid grid = new Grid(section, item, columns, columnWidth, random.nextInt(3) == 0);

        List<String> header = applicationsHeader(grid);
        header.forEach(this::emit);
        page.gap();
        if (random.nextBoolean()) {
            page.repeatAfterPageBreak(header);
        }
        List<BodyLine> body = new ArrayList<>();
        int groupFirst = -1;
        int groupLast = -1;
        String spanKey = null;
        int spanFirst = -1;
        boolean airy = random.nextBoolean();
        for (Row row : table.rows()) {
            int first = body.size();
            addRow(body, row, grid);
            int last = body.size() - 1;
            int depth = LabelSet.depth(row.key());
            if (depth >= 1) {
                groupFirst = groupFirst < 0 ? first : groupFirst;
                groupLast = last;
            }
            String prefix = depth == 2 ? row.key().substring(0, row.key().indexOf('.')) : null;
            if (spanKey != null && !spanKey.equals(prefix)) {
                placeSection(body, spanFirst, first - 1, content.labels().sectionOf(spanKey), grid);
                spanKey = null;
            }
            if (prefix != null && spanKey == null) {
                spanKey = prefix;
                spanFirst = first;
            }
            if (random.nextInt(10) < (airy ? 7 : 1)) {
                body.add(new BodyLine());
            }
        }
        if (spanKey != null) {
            placeSection(body, spanFirst, body.size() - 1, content.labels().sectionOf(spanKey), grid);
        }
        if (groupFirst >= 0) {
            placeGroup(body, groupFirst, groupLast, groupStyle);
        }
        for (BodyLine line : body) {
            emit(render(line, grid));
        }
        page.repeatAfterPageBreak(null);
    }

    private void addRow(List<BodyLine> body, Row row, Grid grid) {
        int depth = LabelSet.depth(row.key());
        int column = depth == 0 ? 0 : depth == 1 ? grid.section() : grid.item();
        String label = letterSpaced && depth == 2 && row.label().length() <= 10 ? spaced(row.label()) : row.label();
        List<String> chunks = label.isEmpty() ? List.of() : Digits.wrap(label, grid.firstValue() - 2 - column);
        List<Cell> numbers = positioned(row);
        if (row.labelOnOwnLine() || chunks.isEmpty()) {
            chunks.forEach(chunk -> body.add(line(chunk, column, null)));
            body.add(line("", column, numbers));
        } else if (chunks.size() == 1) {
            body.add(line(chunks.get(0), column, numbers));
        } else if (chunks.size() == 2 && random.nextBoolean()) {
            body.add(line(chunks.get(0), column, null));
            body.add(line("", column, numbers));
            body.add(line(chunks.get(1), column, null));
        } else {
            int middle = (chunks.size() - 1) / 2;
            for (int i = 0; i < chunks.size(); i++) {
                body.add(line(chunks.get(i), column, i == middle ? numbers : null));
            }
        }
    }

    /**
     * A row's cells in the columns the table prints (the 其他 column left out when the table has none). A cell that
     * is not printed stays blank at its column's position: in a layout aligned by position, a missing cell cannot
     * move its neighbours.
     */
    private List<Cell> positioned(Row row) {
        List<Cell> cells = new ArrayList<>(row.cells());
        if (!content.options().otherColumn() && cells.size() > Contract.OTHER_COLUMN) {
            cells.remove(Contract.OTHER_COLUMN);
        }
        return cells;
    }

    private static BodyLine line(String label, int column, List<Cell> numbers) {
        BodyLine line = new BodyLine();
        line.label = label;
        line.labelColumn = column;
        line.numbers = numbers;
        return line;
    }

    /** （三）不予公开 split in two, on the two lines at the middle of its rows (or whole where it fits). */
    private void placeSection(List<BodyLine> body, int first, int last, String label, Grid grid) {
        int room = grid.item() - grid.section() - 1;
        int middle = (first + last + 1) / 2;
        if (label.length() <= room && random.nextBoolean()) {
            body.get(middle).section = label;
            return;
        }
        int cut = Math.min(room, 3 + random.nextInt(2));
        body.get(Math.max(first, middle - 1)).section = label.substring(0, cut);
        body.get(middle).section = label.substring(cut);
    }

    /** 三、本年度办理结果: one character per line, two lines, or whole on the first line of its rows. */
    private void placeGroup(List<BodyLine> body, int first, int last, int style) {
        String label = content.labels().group();
        List<String> pieces = switch (style) {
            case 3 -> List.of(label);
            case 2 -> List.of(label.substring(0, 5), label.substring(5));
            default -> {
                List<String> chars = new ArrayList<>();
                chars.add(label.substring(0, 2));
                label.substring(2).chars().forEach(c -> chars.add(String.valueOf((char) c)));
                yield chars;
            }
        };
        int step = style == 1 && pieces.size() * 2 <= last - first + 1 ? 2 : 1;
        int start = style == 3 ? first : Math.max(first - 1, (first + last) / 2 - pieces.size() * step / 2);
        for (int i = 0; i < pieces.size(); i++) {
            int at = Math.min(body.size() - 1, start + i * step);
            body.get(at).group = pieces.get(i);
        }
    }

    private String render(BodyLine line, Grid grid) {
        TextLine text = new TextLine().put(0, line.group, 1).put(grid.section(), line.section, 1)
                .put(line.labelColumn, line.label, 1);
        if (line.numbers != null) {
            for (int c = 0; c < line.numbers.size() && c < grid.columns().length; c++) {
                if (!line.numbers.get(c).printed()) {
                    continue;
                }
                String value = cellText(line.numbers.get(c));
                int at = grid.rightAligned() ? grid.columns()[c] + grid.columnWidth() - 2 - value.length() : grid.columns()[c];
                text.put(at, value, 2);
            }
        }
        return text.toString();
    }

    private List<String> applicationsHeader(Grid grid) {
        List<String> names = new ArrayList<>(APPLICANT_NAMES);
        if (!content.options().otherColumn()) {
            names.remove("其他");
        }
        int[] x = grid.columns();
        int split = Math.min(grid.columnWidth() - 2, 3 + random.nextInt(2));
        List<String> note = Digits.wrap(LabelSet.CHECK_NOTE, Math.max(12, x[0] - 3));
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            lines.add(new TextLine());
        }
        for (int i = 0; i < note.size(); i++) {
            lines.get(Math.min(6, 1 + i)).put(0, note.get(i), 1);
        }
        lines.get(0).put(x[Math.min(2, x.length - 1)], "申请人情况", 2);
        if (content.options().legalPersonHeader()) {
            lines.get(1).put(x[1] + grid.columnWidth(), "法人或其他组织", 2);
        }
        lines.get(3).put(x[0], "自然人", 2);
        boolean otherAlone = random.nextBoolean();
        for (int c = 1; c < names.size() - 1; c++) {
            String name = names.get(c);
            if (name.equals("其他")) {
                lines.get(otherAlone ? 5 : 4).put(x[c], name, 2);
            } else if (name.length() <= split) {
                lines.get(4).put(x[c], name, 2);
            } else {
                lines.get(4).put(x[c], name.substring(0, split), 2);
                lines.get(6).put(x[c], name.substring(split), 2);
            }
        }
        lines.get(3).put(x[x.length - 1], "总计", 2);
        List<String> out = new ArrayList<>();
        for (TextLine line : lines) {
            if (!line.isEmpty()) {
                out.add(line.toString());
            }
        }
        return out;
    }

    private void emit(String line) {
        page.emit(line);
    }

    private String cellText(Cell cell) {
        return page.cellText(cell);
    }
}
