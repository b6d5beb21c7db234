package nianbao.parser.corpus.families;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A report as text copied out of Word (the seeds' layout): one paragraph per line, tables as tab-separated cells,
 * merged cells left empty, repeated in every position they cover ("三、本年度办理结果 | （七）总计 | （七）总计"),
 * or dropped.
 */
final class TabTextRenderer {

    private TabTextRenderer() {
    }

    static String render(ReportContent content, Random random, GridText.Merged merged) {
        List<String> out = new ArrayList<>();
        boolean airy = random.nextBoolean();
        out.add("");
        content.titleLines().forEach(out::add);
        out.add("");
        for (String p : content.preface()) {
            out.add(p);
            blank(out, airy);
        }
        for (Section section : content.sections()) {
            out.add(section.heading());
            blank(out, airy);
            for (String p : section.paragraphs()) {
                out.add(p);
                blank(out, airy);
            }
            for (Table table : section.tables()) {
                for (GridText.Line line : GridText.layOut(TableGrids.grid(table, content, true), merged)) {
                    lines(content, line).forEach(out::add);
                }
                out.add("");
            }
        }
        out.addAll(content.closing());
        return String.join("\n", out) + "\n";
    }

    /** A laid-out row as tab lines: one, or the label cells and then the values when the label stands above. */
    static List<String> lines(ReportContent content, GridText.Line line) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < line.cells().size(); i++) {
            String text = line.cells().get(i);
            cells.add(line.roles().get(i) == GridCell.Role.VALUE && content.options().fullWidthDigits() ? Digits.fullWidth(text) : text);
        }
        if (line.source() != null && line.source().labelOnOwnLine()) {
            int split = line.firstValue();
            List<String> labels = new ArrayList<>(cells.subList(0, split));
            List<String> values = new ArrayList<>();
            labels.forEach(l -> values.add(""));
            values.addAll(cells.subList(split, cells.size()));
            return List.of(String.join("\t", labels), String.join("\t", values));
        }
        return List.of(String.join("\t", cells));
    }

    private static void blank(List<String> out, boolean airy) {
        if (airy) {
            out.add("");
        }
    }
}
