package nianbao.parser.corpus.families;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Family 1: a report as {@code pdftotext -layout} gives it (model: samples/corpus/006.txt): columns aligned by runs
 * of spaces, page footers, table 二's sub-tables and table 四's header over several lines above its fifteen numbers;
 * table 三 is drawn by {@link PdfApplicationsTable}.
 */
final class PdfLayoutRenderer extends PagedText {

    private static final List<String> REVIEW_NAMES = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    PdfLayoutRenderer(ReportContent content, Random random) {
        super(content, random);
    }

    static String render(ReportContent content, Random random) {
        return new PdfLayoutRenderer(content, random).render();
    }

    @Override
    void table(Table table) {
        switch (table.kind()) {
            case DISCLOSURE -> disclosure(table);
            case APPLICATIONS -> new PdfApplicationsTable(this).render(table);
            case REVIEWS -> reviews(table);
        }
    }

    // ---- table 二 -------------------------------------------------------------------------------------------

    private void disclosure(Table table) {
        int labelWidth = 14 + random.nextInt(8);
        int columnWidth = 9 + random.nextInt(4);
        boolean spaced = random.nextBoolean();
        String article = spaced ? "第二十条 第（%s）项" : "第二十条第（%s）项";
        subTableTitle(String.format(article, "一"));
        TextLine header = new TextLine().put(0, "信息内容", 1);
        List<String> names = List.of("本年制发件数", "本年废止件数", "现行有效件数");
        for (int c = 0; c < 3; c++) {
            header.put(labelWidth + c * columnWidth, names.get(c), 2);
        }
        emit(header.toString());
        gap();
        int single = labelWidth + random.nextInt(3) * 8;
        for (Row row : table.rows()) {
            switch (row.key()) {
                case "licensing" -> subTable(String.format(article, "五"), "本年处理决定数量", single);
                case "punishment" -> subTable(String.format(article, "六"), "本年处理决定数量", single);
                case "feesTenThousandYuan" -> subTable(String.format(article, "八"), "本年收费金额（单位：万元）", single);
                default -> { }
            }
            boolean documents = Contract.disclosureColumns(row.key()).size() == 3;
            int[] columns = documents
                    ? new int[] {labelWidth, labelWidth + columnWidth, labelWidth + 2 * columnWidth}
                    : new int[] {single};
            valueRow(row.label(), row.labelOnOwnLine(), 0, row.cells(), columns);
            gap();
        }
    }

    private void subTableTitle(String title) {
        emit(title);
        gap();
    }

    private void subTable(String title, String column, int at) {
        subTableTitle(title);
        emit(new TextLine().put(0, "信息内容", 1).put(at, column, 2).toString());
        gap();
    }

    private void valueRow(String label, boolean ownLine, int labelColumn, List<Cell> cells, int[] columns) {
        if (ownLine && !label.isEmpty()) {
            emit(new TextLine().put(labelColumn, label, 1).toString());
            label = "";
        }
        TextLine line = new TextLine().put(labelColumn, label, 1);
        for (int c = 0; c < cells.size() && c < columns.length; c++) {
            if (cells.get(c).printed()) {
                line.put(columns[c], cellText(cells.get(c)), 2);
            }
        }
        emit(line.toString());
    }

    // ---- table 四 -------------------------------------------------------------------------------------------

    private void reviews(Table table) {
        int width = 6 + random.nextInt(3);
        int[] x = new int[15];
        for (int k = 0; k < 15; k++) {
            x[k] = k * width + (k >= 5 ? 2 : 0);
        }
        if (random.nextBoolean()) {
            emit(new TextLine().put(x[0], "行政复议", 1).put(x[5], "行政诉讼", 2).toString());
            emit(new TextLine().put(x[5], "未经复议直接起诉", 2).put(x[10], "复议后起诉", 2).toString());
            TextLine names = new TextLine();
            boolean spaced = random.nextInt(3) == 0;
            for (int k = 0; k < 15; k++) {
                String name = REVIEW_NAMES.get(k % 5);
                names.put(x[k], spaced && name.length() == 4 ? name.substring(0, 2) + " " + name.substring(2) : name, 2);
            }
            emit(names.toString());
        } else {
            List<TextLine> lines = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                lines.add(new TextLine());
            }
            lines.get(0).put(x[0], "行政复议", 1).put(x[5], "行政诉讼", 2);
            lines.get(1).put(x[5], "未经复议直接起诉", 2).put(x[10], "复议后起诉", 2);
            for (int k = 0; k < 15; k++) {
                int group = k / 5;
                String name = REVIEW_NAMES.get(k % 5);
                int top = group == 0 ? 2 : 4;
                if (k % 5 == 4) {
                    lines.get(group == 0 ? 3 : 6).put(x[k], name, 2);
                } else {
                    int cut = random.nextInt(4) == 0 ? 3 : 2;
                    lines.get(top).put(x[k], name.substring(0, cut), 2);
                    lines.get(group == 0 ? 5 : 7).put(x[k], name.substring(cut), 2);
                }
            }
            lines.stream().filter(l -> !l.isEmpty()).forEach(l -> emit(l.toString()));
        }
        gap();
        gap();
        for (Row row : table.rows()) {
            TextLine values = new TextLine();
            List<Cell> cells = row.cells();
            for (int k = 0; k < cells.size() && k < 15; k++) {
                if (cells.get(k).printed()) {
                    values.put(x[k], cellText(cells.get(k)), 2);
                }
            }
            emit(values.toString());
        }
        gap();
    }
}
