package nianbao.parser.corpus.families;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws the three tables as grids with rowspan and colspan, the way Word and the national template lay them out:
 * table 二 as one four-column table with its 第二十条 sub-titles, table 三 with its three label columns and the
 * 申请人情况 header, table 四 with its two header rows over fifteen columns.
 */
final class TableGrids {

    private static final List<String> ORGANISATIONS = List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
    private static final List<String> REVIEW_NAMES = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    private TableGrids() {
    }

    static List<GridRow> grid(Table table, ReportContent content, boolean mergeGroupCells) {
        return switch (table.kind()) {
            case DISCLOSURE -> disclosure(table, content.labels());
            case APPLICATIONS -> applications(table, content, mergeGroupCells);
            case REVIEWS -> reviews(table);
        };
    }

    static List<GridRow> disclosure(Table table, LabelSet labels) {
        List<GridRow> rows = new ArrayList<>();
        title(rows, "第二十条第（一）项");
        rows.add(new GridRow(List.of(GridCell.header("信息内容"), GridCell.header("本年制发件数"), GridCell.header("本年废止件数"),
                GridCell.header("现行有效件数")), null));
        for (Row row : table.rows()) {
            switch (row.key()) {
                case "licensing" -> subTable(rows, "五", "本年处理决定数量");
                case "punishment" -> subTable(rows, "六", "本年处理决定数量");
                case "feesTenThousandYuan" -> subTable(rows, "八", "本年收费金额（单位：万元）");
                default -> { }
            }
            List<GridCell> cells = new ArrayList<>();
            cells.add(GridCell.label(row.label(), 1, 1));
            boolean documents = Contract.disclosureColumns(row.key()).size() == 3;
            row.printedCells().forEach(c -> cells.add(GridCell.value(c.text(), documents ? 1 : 3)));
            rows.add(new GridRow(cells, row));
        }
        return rows;
    }

    private static void title(List<GridRow> rows, String text) {
        rows.add(new GridRow(List.of(new GridCell(text, 1, 4, GridCell.Role.TITLE)), null));
    }

    private static void subTable(List<GridRow> rows, String item, String column) {
        title(rows, "第二十条第（" + item + "）项");
        rows.add(new GridRow(List.of(GridCell.header("信息内容"), GridCell.header(column, 1, 3)), null));
    }

    static List<GridRow> applications(Table table, ReportContent content, boolean merge) {
        List<GridRow> rows = new ArrayList<>();
        boolean other = content.options().otherColumn();
        boolean legal = content.options().legalPersonHeader();
        int organisations = other ? 5 : 4;
        List<String> names = ORGANISATIONS.subList(0, organisations);
        if (legal) {
            rows.add(new GridRow(List.of(GridCell.header(LabelSet.CHECK_NOTE, 3, 3),
                    GridCell.header("申请人情况", 1, organisations + 2)), null));
            rows.add(new GridRow(List.of(GridCell.header("自然人", 2, 1), GridCell.header("法人或其他组织", 1, organisations),
                    GridCell.header("总计", 2, 1)), null));
            rows.add(new GridRow(names.stream().map(GridCell::header).toList(), null));
        } else {
            rows.add(new GridRow(List.of(GridCell.header(LabelSet.CHECK_NOTE, 2, 3),
                    GridCell.header("申请人情况", 1, organisations + 2)), null));
            List<GridCell> header = new ArrayList<>();
            header.add(GridCell.header("自然人"));
            names.forEach(n -> header.add(GridCell.header(n)));
            header.add(GridCell.header("总计"));
            rows.add(new GridRow(header, null));
        }
        LabelSet labels = content.labels();
        List<Row> body = table.rows();
        for (int i = 0; i < body.size(); i++) {
            Row row = body.get(i);
            int depth = LabelSet.depth(row.key());
            List<GridCell> cells = new ArrayList<>();
            if (depth == 0) {
                cells.add(GridCell.label(row.label(), 1, 3));
            } else {
                boolean groupStarts = i == 0 || LabelSet.depth(body.get(i - 1).key()) == 0;
                if (!merge) {
                    cells.add(GridCell.label(labels.group(), 1, 1));
                } else if (groupStarts) {
                    cells.add(GridCell.label(labels.group(), span(body, i, k -> LabelSet.depth(k) > 0), 1));
                }
                if (depth == 1) {
                    cells.add(GridCell.label(row.label(), 1, 2));
                } else {
                    String prefix = row.key().substring(0, row.key().indexOf('.'));
                    boolean sectionStarts = i == 0 || !body.get(i - 1).key().startsWith(prefix + ".");
                    if (!merge) {
                        cells.add(GridCell.label(labels.sectionOf(prefix), 1, 1));
                    } else if (sectionStarts) {
                        cells.add(GridCell.label(labels.sectionOf(prefix), span(body, i, k -> k.startsWith(prefix + ".")), 1));
                    }
                    cells.add(GridCell.label(row.label(), 1, 1));
                }
            }
            row.printedCells().forEach(c -> cells.add(GridCell.value(c.text(), 1)));
            rows.add(new GridRow(cells, row));
        }
        return rows;
    }

    private static int span(List<Row> body, int from, java.util.function.Predicate<String> inside) {
        int n = 0;
        while (from + n < body.size() && inside.test(body.get(from + n).key())) {
            n++;
        }
        return n;
    }

    static List<GridRow> reviews(Table table) {
        List<GridRow> rows = new ArrayList<>();
        rows.add(new GridRow(List.of(GridCell.header("行政复议", 1, 5), GridCell.header("行政诉讼", 1, 10)), null));
        List<GridCell> second = new ArrayList<>();
        REVIEW_NAMES.forEach(n -> second.add(GridCell.header(n, 2, 1)));
        second.add(GridCell.header("未经复议直接起诉", 1, 5));
        second.add(GridCell.header("复议后起诉", 1, 5));
        rows.add(new GridRow(second, null));
        List<GridCell> third = new ArrayList<>();
        for (int g = 0; g < 2; g++) {
            REVIEW_NAMES.forEach(n -> third.add(GridCell.header(n)));
        }
        rows.add(new GridRow(third, null));
        for (Row row : table.rows()) {
            rows.add(new GridRow(row.printedCells().stream().map(c -> GridCell.value(c.text(), 1)).toList(), row));
        }
        return rows;
    }
}
