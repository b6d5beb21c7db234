package nianbao.parser.corpus.families;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Family 3: a PDF converted to markdown (model: samples/corpus/004.md). Hard-wrapped prose; pipe tables broken
 * into fragments at page breaks, each fragment's first row taken as its header with a {@code |---|} line under it;
 * value rows whose label was lost (the label then stands as plain text between fragments); the organisation
 * names split across a header line and a pipe row ("| 业 | 构 | 益组织 | 务机构 |"); header rows of merged cells
 * repeated cell by cell; a table's first value row taken as its header; table 二's sub-tables as plain lines.
 */
final class MarkdownRenderer {

    private enum Style { BROKEN, REPEATED, VALUE_HEADER }

    private final ReportContent content;
    private final Random random;
    private final List<String> out = new ArrayList<>();
    private final int width;
    private final List<String> pendingText = new ArrayList<>();

    private MarkdownRenderer(ReportContent content, Random random) {
        this.content = content;
        this.random = random;
        this.width = 26 + random.nextInt(8);
    }

    static String render(ReportContent content, Random random) {
        return new MarkdownRenderer(content, random).render();
    }

    private String render() {
        if (random.nextInt(3) == 0) {
            out.add("正文");
        }
        out.addAll(content.titleLines());
        content.preface().forEach(this::paragraph);
        int captions = random.nextInt(3);
        for (Section section : content.sections()) {
            out.add("");
            out.add(section.heading());
            section.paragraphs().forEach(this::paragraph);
            for (Table table : section.tables()) {
                if (captions > 0) {
                    out.add("## 表" + "一二三四".charAt(section.number() - 1) + "：" + section.heading().substring(2));
                }
                switch (table.kind()) {
                    case DISCLOSURE -> disclosure(table);
                    case APPLICATIONS -> applications(table);
                    case REVIEWS -> reviews(table);
                }
                out.add("");
            }
        }
        content.closing().forEach(out::add);
        return String.join("\n", out) + "\n";
    }

    private void paragraph(String text) {
        out.addAll(Digits.wrap(text, width));
    }

    // ---- table 二 -------------------------------------------------------------------------------------------

    private void disclosure(Table table) {
        boolean plainSingles = random.nextBoolean();
        List<Row> documents = table.rows().stream().filter(r -> Contract.disclosureColumns(r.key()).size() == 3).toList();
        List<Row> singles = table.rows().stream().filter(r -> Contract.disclosureColumns(r.key()).size() == 1).toList();
        boolean singlesFirst = plainSingles && random.nextInt(5) == 0;
        if (singlesFirst) {
            singles(singles, true);
        }
        out.add("第二十条第（一）项");
        out.add(pipe(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")));
        out.add(separator(4));
        for (Row row : documents) {
            List<String> cells = new ArrayList<>();
            cells.add(labelAbove(row));
            row.printedCells().forEach(c -> cells.add(c.text()));
            out.add(pipe(cells));
        }
        if (!singlesFirst) {
            out.add("");
            singles(singles, plainSingles);
        }
    }

    private void singles(List<Row> rows, boolean plain) {
        String previousTitle = null;
        for (Row row : rows) {
            String[] sub = switch (row.key()) {
                case "licensing" -> new String[] {"五", "本年处理决定数量"};
                case "feesTenThousandYuan" -> new String[] {"八", "本年收费金额（单位：万元）"};
                default -> new String[] {"六", "本年处理决定数量"};
            };
            boolean newSubTable = !sub[0].equals(previousTitle);
            previousTitle = sub[0];
            if (newSubTable) {
                out.add("第二十条第（" + sub[0] + "）项");
                out.add(plain ? "信息内容" + sub[1] : pipe(List.of("信息内容", sub[1])));
                if (!plain) {
                    out.add(separator(2));
                }
            }
            String value = row.printedCells().isEmpty() ? "" : row.printedCells().get(0).text();
            String label = labelAbove(row);
            out.add(plain ? (label + " " + value).strip() : pipe(List.of(label, value)));
            if (!plain && !newSubTable && random.nextBoolean()) {
                out.add("");
            }
        }
    }

    /** The label to print in the row: the row's, or none when it stands on the line above (printed here). */
    private String labelAbove(Row row) {
        if (row.labelOnOwnLine() && !row.label().isEmpty()) {
            out.add(row.label());
            return "";
        }
        return row.label();
    }

    // ---- table 三 -------------------------------------------------------------------------------------------

    private void applications(Table table) {
        Style style = Style.values()[random.nextInt(3)];
        if (style == Style.REPEATED) {
            repeated(TableGrids.grid(table, content, true));
            return;
        }
        textHeader(style == Style.BROKEN);
        int fragmentStart = out.size();
        boolean first = true;
        boolean groupStarted = false;
        String section = null;
        for (Row row : table.rows()) {
            int depth = LabelSet.depth(row.key());
            String prefix = depth == 2 ? row.key().substring(0, row.key().indexOf('.')) : null;
            if (prefix != null && !prefix.equals(section)) {
                String label = content.labels().sectionOf(prefix);
                int cut = 3 + random.nextInt(2);
                pendingText.add(label.substring(0, cut));
                pendingText.add(label.substring(cut));
            }
            section = prefix;
            boolean breakHere = !first && random.nextInt(5) == 0;
            if (breakHere || !pendingText.isEmpty() && random.nextInt(3) == 0 && !first) {
                out.add("");
                out.addAll(pendingText);
                pendingText.clear();
                fragmentStart = -1;
            }
            boolean lost = style == Style.BROKEN && random.nextInt(4) == 0 || row.label().isEmpty();
            List<String> cells = new ArrayList<>();
            if (!lost) {
                if (depth >= 1 && !groupStarted && style == Style.BROKEN) {
                    cells.add(content.labels().group().substring(0, 2));
                }
                cells.add(labelAbove(row));
            } else if (!row.label().isEmpty()) {
                pendingText.addAll(Digits.wrap(row.label(), 9 + random.nextInt(5)));
            }
            if (depth >= 1 && !groupStarted) {
                groupStarted = true;
                if (style == Style.BROKEN) {
                    String rest = content.labels().group().substring(2);
                    pendingText.add(rest.substring(0, 3));
                    pendingText.add(rest.substring(3, 5));
                    pendingText.add(rest.substring(5));
                }
            }
            row.printedCells().forEach(c -> cells.add(c.text()));
            boolean complete = row.cells().stream().allMatch(Cell::printed) || row.printedCells().size() == 6
                    && !content.options().otherColumn();
            if (complete && random.nextInt(6) == 0) {
                cells.add("");
            }
            out.add(pipe(cells));
            if (first && style == Style.VALUE_HEADER || fragmentStart < 0) {
                out.add(separator(cells.size()));
                fragmentStart = out.size();
            }
            first = false;
        }
        if (!pendingText.isEmpty()) {
            out.add("");
            out.addAll(pendingText);
            pendingText.clear();
        }
    }

    /** Table 三's header as the converter leaves it: lines of text, and in the broken style the names' ends as the first pipe row. */
    private void textHeader(boolean broken) {
        List<String> names = new ArrayList<>(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构"));
        out.add("申请人情况");
        List<String> note = Digits.wrap(LabelSet.CHECK_NOTE, 20 + random.nextInt(6));
        for (int i = 0; i < note.size(); i++) {
            out.add(note.get(i) + (i == 0 && content.options().legalPersonHeader() ? "法人或其他组织" : ""));
        }
        out.add("自然人总计");
        if (broken) {
            StringBuilder heads = new StringBuilder();
            List<String> tails = new ArrayList<>();
            for (String name : names) {
                heads.append(name, 0, 3);
                tails.add(name.substring(3));
            }
            out.add(heads.toString());
            if (content.options().otherColumn()) {
                out.add("其他");
            }
            while (tails.size() < 8) {
                tails.add("");
            }
            out.add(pipe(tails));
            out.add(separator(tails.size()));
        } else {
            out.add(String.join("", names) + (content.options().otherColumn() ? "其他" : ""));
        }
    }

    /** A grid with its merged cells repeated in every position, fragments at page breaks. */
    private void repeated(List<GridRow> grid) {
        List<GridText.Line> lines = GridText.layOut(grid, GridText.Merged.REPEAT);
        boolean breaks = random.nextBoolean();
        for (int i = 0; i < lines.size(); i++) {
            GridText.Line line = lines.get(i);
            List<String> cells = new ArrayList<>(line.cells());
            if (line.source() != null && line.source().labelOnOwnLine()) {
                int split = line.firstValue();
                out.add(String.join("", cells.subList(0, split)));
                for (int k = 0; k < split; k++) {
                    cells.set(k, "");
                }
            }
            boolean fragment = i > 0 && breaks && line.source() != null && random.nextInt(6) == 0;
            if (fragment) {
                out.add("");
            }
            out.add(pipe(cells));
            if (i == 0 || fragment) {
                out.add(separator(cells.size()));
            }
        }
    }

    // ---- table 四 -------------------------------------------------------------------------------------------

    private void reviews(Table table) {
        if (random.nextBoolean()) {
            repeated(TableGrids.reviews(table));
            return;
        }
        out.add("行政复议行政诉讼");
        out.add("未经复议直接起诉复议后起诉");
        out.add("结果结果其他尚未");
        out.add("总计");
        out.add("总计总计");
        out.add("维持纠正结果审结维持纠正结果审结");
        out.add(pipe(List.of("维持", "纠正", "结果", "审结", "结果", "结果", "其他", "尚未", "结果", "结果", "其他", "尚未")));
        out.add(separator(12));
        for (Row row : table.rows()) {
            List<String> values = row.printedCells().stream().map(Cell::text).toList();
            out.add(pipe(values));
            out.add(separator(values.size()));
        }
    }

    private static String pipe(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    private static String separator(int columns) {
        return "|" + "---|".repeat(Math.max(1, columns));
    }
}
