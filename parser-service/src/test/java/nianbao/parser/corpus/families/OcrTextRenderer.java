package nianbao.parser.corpus.families;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Family 4: text from OCR of a scanned report. Prose in printed lines; tables as lines of a label and numbers
 * separated by single spaces; a few labels per table with OCR errors (similar characters, dropped characters,
 * stray spaces); some rows with the label on one line and the numbers on the next; long labels over two lines;
 * the group labels on lines of their own or before the first row's label. The numbers are always right.
 */
final class OcrTextRenderer {

    private final ReportContent content;
    private final Random random;
    private final List<String> out = new ArrayList<>();
    private final int width;

    private OcrTextRenderer(ReportContent content, Random random) {
        this.content = content;
        this.random = random;
        this.width = 26 + random.nextInt(8);
    }

    static String render(ReportContent content, Random random) {
        return new OcrTextRenderer(content, random).render();
    }

    private String render() {
        out.addAll(content.titleLines());
        content.preface().forEach(p -> out.addAll(Digits.wrap(p, width)));
        for (Section section : content.sections()) {
            out.add(section.heading());
            section.paragraphs().forEach(p -> out.addAll(Digits.wrap(p, width)));
            for (Table table : section.tables()) {
                switch (table.kind()) {
                    case DISCLOSURE -> disclosure(table);
                    case APPLICATIONS -> applications(table);
                    case REVIEWS -> reviews(table);
                }
            }
        }
        out.addAll(content.closing());
        return String.join("\n", out) + "\n";
    }

    private String damaged(String label, int percent) {
        return !label.isEmpty() && random.nextInt(100) < percent ? OcrConfusions.damage(label, random) : label;
    }

    private void row(String label, Row row, boolean allowSplit) {
        List<String> values = row.printedCells().stream().map(Cell::text).toList();
        String numbers = String.join(" ", values);
        boolean split = row.labelOnOwnLine() || allowSplit && random.nextInt(5) == 0;
        if (label.isEmpty()) {
            out.add(numbers);
        } else if (split) {
            out.add(label);
            out.add(numbers);
        } else if (label.length() > 18 && random.nextBoolean()) {
            int cut = 10 + random.nextInt(label.length() - 12);
            out.add(label.substring(0, cut));
            out.add(label.substring(cut) + " " + numbers);
        } else {
            out.add(label + " " + numbers);
        }
    }

    private void disclosure(Table table) {
        out.add("第二十条第（一）项");
        out.add(damaged("信息内容 本年制发件数 本年废止件数 现行有效件数", 20));
        for (Row r : table.rows()) {
            switch (r.key()) {
                case "licensing" -> subTable("五", "本年处理决定数量");
                case "punishment" -> subTable("六", "本年处理决定数量");
                case "feesTenThousandYuan" -> subTable("八", "本年收费金额（单位：万元）");
                default -> { }
            }
            row(damaged(r.label(), 15), r, false);
        }
    }

    private void subTable(String item, String column) {
        out.add("第二十条第（" + item + "）项");
        out.add("信息内容 " + column);
    }

    private void applications(Table table) {
        out.add(damaged("申请人情况", 20));
        out.addAll(Digits.wrap(LabelSet.CHECK_NOTE, width));
        out.add(content.options().legalPersonHeader() ? "自然人 法人或其他组织 总计" : "自然人");
        out.add("商业企业 科研机构 " + damaged("社会公益组织", 20) + " 法律服务机构" + (content.options().otherColumn() ? " 其他" : "")
                + (content.options().legalPersonHeader() ? "" : " 总计"));
        boolean groupOwnLine = random.nextBoolean();
        boolean groupDone = false;
        String section = null;
        for (Row r : table.rows()) {
            int depth = LabelSet.depth(r.key());
            String prefix = depth == 2 ? r.key().substring(0, r.key().indexOf('.')) : null;
            String label = damaged(r.label(), 22);
            if (depth >= 1 && !groupDone) {
                groupDone = true;
                String group = damaged(content.labels().group(), 15);
                if (groupOwnLine) {
                    out.add(group);
                } else {
                    label = group + " " + label;
                }
            }
            if (prefix != null && !prefix.equals(section)) {
                String sectionLabel = damaged(content.labels().sectionOf(prefix), 15);
                if (random.nextBoolean()) {
                    out.add(sectionLabel);
                } else {
                    label = sectionLabel + " " + label;
                }
            }
            section = prefix;
            row(label, r, true);
        }
    }

    private void reviews(Table table) {
        out.add("行政复议 行政诉讼");
        out.add("未经复议直接起诉 复议后起诉");
        StringBuilder names = new StringBuilder();
        List<String> five = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        for (int g = 0; g < 3; g++) {
            for (String name : five) {
                names.append(names.isEmpty() ? "" : " ").append(damaged(name, 8));
            }
        }
        out.add(names.toString());
        for (Row r : table.rows()) {
            out.add(String.join(" ", r.printedCells().stream().map(Cell::text).toList()));
        }
    }
}
