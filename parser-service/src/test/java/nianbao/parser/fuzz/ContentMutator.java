package nianbao.parser.fuzz;

import nianbao.parser.corpus.families.Cell;
import nianbao.parser.corpus.families.Contract;
import nianbao.parser.corpus.families.LabelSet;
import nianbao.parser.corpus.families.ReportContent;
import nianbao.parser.corpus.families.Row;
import nianbao.parser.corpus.families.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Damages a generated report's tables the way extraction and careless editing do, keeping its truth exact: a cell
 * printed "7件", "O" or "1 2" still means its number (a reader may give it or null); a deleted cell, a deleted row
 * and a cell where two copies of a table disagree have no number any more; a lost, garbled or moved label, a
 * duplicated row or table change nothing. The truth is then {@code Truth.of} the mutated content.
 */
final class ContentMutator {

    private static final String GARBLE = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";

    /** Replacement characters: none that is a numeral or appears in any label or header of the tables. */
    private static final String POOL = pool();

    private final Random random;
    private final boolean tokens;
    private final List<String> applied = new ArrayList<>();
    /** Rows whose number of cells a mutation changed (a cell deleted or emptied, a number split in two). */
    private final java.util.Set<String> recounted = new java.util.HashSet<>();

    /**
     * {@code tokens}: the layout separates cells by single spaces (OCR text), so an emptied cell vanishes and "1 2"
     * reads as two cells; there a row gets at most one mutation that changes its count of cells, since a deleted
     * cell and a split number together would leave a row of the right length that no reader could tell from the
     * original.
     */
    ContentMutator(Random random, boolean tokens) {
        this.random = random;
        this.tokens = tokens;
    }

    List<String> applied() {
        return applied;
    }

    ReportContent mutate(ReportContent content) {
        ReportContent result = content;
        int count = 1 + random.nextInt(4);
        for (int m = 0; m < count; m++) {
            Table.Kind kind = Table.Kind.values()[random.nextInt(3)];
            List<Table> copies = result.tablesOf(kind);
            Table table = copies.get(0);
            if (table.rows().isEmpty()) {
                continue;
            }
            int r = random.nextInt(table.rows().size());
            Row row = table.rows().get(r);
            List<Row> rows = new ArrayList<>(table.rows());
            int what = random.nextInt(12);
            boolean changesCount = what == 2 || what == 3 || what == 4;
            if (tokens && changesCount && !recounted.add(kind + " " + row.key())) {
                continue;
            }
            String name = switch (what) {
                case 0 -> textCell(rows, r, row, "件");
                case 1 -> textCell(rows, r, row, "O");
                case 2 -> textCell(rows, r, row, " ");
                case 3 -> deleteCell(rows, r, row, false);
                case 4 -> deleteCell(rows, r, row, true);
                case 5 -> label(rows, r, row, "");
                case 6 -> label(rows, r, row, garble(row.label()));
                case 7 -> {
                    rows.set(r, row.withLabelOnOwnLine());
                    yield "label on the line before";
                }
                case 8 -> {
                    rows.add(r + 1, row);
                    yield "row duplicated";
                }
                case 9 -> {
                    rows.remove(r);
                    yield "row deleted";
                }
                default -> null;
            };
            List<Table> newCopies = new ArrayList<>(copies);
            if (name == null) {
                Table copy = what == 10 ? table : conflicting(table);
                newCopies.add(copy);
                name = what == 10 ? "table duplicated" : "table duplicated with a cell that differs";
            } else {
                newCopies.set(0, table.withRows(rows));
            }
            applied.add(kind + " row " + r + ": " + name);
            result = result.withTables(kind, newCopies);
        }
        return result;
    }

    /** "7" → "7件" or "0" → "O" or "12" → "1 2": the cell keeps its value (a reader may give it, or null). */
    private String textCell(List<Row> rows, int r, Row row, String how) {
        List<Integer> candidates = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            Cell cell = row.cells().get(c);
            if (cell.value() == null || !cell.printed()) {
                continue;
            }
            boolean fits = switch (how) {
                case "O" -> cell.text().equals("0");
                case " " -> cell.text().matches("\\d{2,}");
                default -> cell.text().matches("\\d+");
            };
            if (fits) {
                candidates.add(c);
            }
        }
        if (candidates.isEmpty()) {
            return "nothing (no cell for " + how + ")";
        }
        int c = candidates.get(random.nextInt(candidates.size()));
        Cell cell = row.cells().get(c);
        String text = switch (how) {
            case "O" -> "O";
            case " " -> {
                int cut = 1 + random.nextInt(cell.text().length() - 1);
                yield cell.text().substring(0, cut) + " " + cell.text().substring(cut);
            }
            default -> cell.text() + how;
        };
        List<Cell> cells = new ArrayList<>(row.cells());
        cells.set(c, cell.printedAs(text));
        rows.set(r, row.withCells(cells));
        return "cell " + c + " \"" + cell.text() + "\" → \"" + text + "\"";
    }

    /** A cell deleted: gone from the row (the cells after it move left) or printed empty; it has no number any more. */
    private String deleteCell(List<Row> rows, int r, Row row, boolean blank) {
        List<Integer> printed = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            if (row.cells().get(c).printed()) {
                printed.add(c);
            }
        }
        if (printed.isEmpty()) {
            return "nothing (no printed cell to delete)";
        }
        int c = printed.get(random.nextInt(printed.size()));
        List<Cell> cells = new ArrayList<>(row.cells());
        cells.set(c, blank ? Cell.blank("") : Cell.NONE);
        rows.set(r, row.withCells(cells));
        return "cell " + c + (blank ? " emptied" : " deleted");
    }

    private String label(List<Row> rows, int r, Row row, String label) {
        rows.set(r, row.withLabel(label));
        return label.isEmpty() ? "label deleted" : "label garbled to " + label;
    }

    /** One to three characters of a label replaced (never a digit, so no number appears or disappears). */
    private String garble(String label) {
        if (label.isEmpty()) {
            return label;
        }
        StringBuilder out = new StringBuilder(label);
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int i = random.nextInt(out.length());
            if (!Character.isDigit(out.charAt(i))) {
                out.setCharAt(i, POOL.charAt(random.nextInt(POOL.length())));
            }
        }
        return out.toString();
    }

    private static String pool() {
        StringBuilder labels = new StringBuilder("一二三四五六七八九十百千万零〇两");
        LabelSet standard = LabelSet.standard();
        for (String key : Contract.COMBINED_ROWS) {
            labels.append(standard.own(key));
        }
        for (String key : Contract.APPLICATION_ROWS) {
            labels.append(standard.own(key)).append(Objects.toString(standard.section(key), ""));
        }
        labels.append(standard.group()).append(LabelSet.CHECK_NOTE).append("规章行政规范性文件许可处罚强制事业收费信息内容本年制发废止现行有效件数")
                .append("处理决定数量金额单位元申请人情况自然人法人或其他组织商业企业科研机构社会公益法律服务总计复议诉讼结果维持纠正尚未审结未经直接起诉后");
        StringBuilder pool = new StringBuilder();
        for (char c : GARBLE.toCharArray()) {
            if (labels.indexOf(String.valueOf(c)) < 0) {
                pool.append(c);
            }
        }
        return pool.toString();
    }

    /** A copy of the table with one number changed: the two copies disagree on that cell. */
    private Table conflicting(Table table) {
        List<Row> rows = new ArrayList<>(table.rows());
        for (int attempt = 0; attempt < 20; attempt++) {
            int r = random.nextInt(rows.size());
            Row row = rows.get(r);
            int c = random.nextInt(row.cells().size());
            Cell cell = row.cells().get(c);
            if (cell.value() != null && cell.text().matches("\\d+")) {
                List<Cell> cells = new ArrayList<>(row.cells());
                cells.set(c, Cell.of(cell.value().add(BigDecimal.ONE)));
                rows.set(r, row.withCells(cells));
                return table.withRows(rows);
            }
        }
        return table;
    }
}
