package nianbao.parser.corpus;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Renders a seed (tab-separated tables, as pasted from Word) in the other layouts agencies publish. */
final class LayoutRenderer {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern BIG_INTEGER = Pattern.compile("\\d{4,}");

    private LayoutRenderer() {
    }

    /** Markdown pipe tables: a separator row under each table's first row, and a repeated one inside table 三. */
    static String markdown(SeedTables tables) {
        int middle = tables.numberLines.get(1).get(12);
        List<String> out = new ArrayList<>();
        boolean inTable = false;
        for (int i = 0; i < tables.lines.size(); i++) {
            String line = tables.lines.get(i);
            if (line.indexOf('\t') < 0) {
                out.add(line);
                inTable = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (i == middle) {
                out.add(separator(cells.length));
            }
            out.add("| " + String.join(" | ", cells) + " |");
            if (!inTable) {
                out.add(separator(cells.length));
                inTable = true;
            }
        }
        return String.join("\n", out);
    }

    /**
     * A web page as government sites publish one: navigation and a script around the report, paragraphs as
     * {@code <p>}, each run of tab rows as one {@code <table>} whose label cells are split into Word-style spans.
     */
    static String html(SeedTables tables) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta charset='utf-8'><script>var menu='一、总体情况';"
                + "</script></head><body><nav><a href='/'>首页</a> &gt; 政府信息公开年报</nav><div class='article'>\n");
        boolean inTable = false;
        for (String line : tables.lines) {
            if (line.indexOf('\t') < 0) {
                if (inTable) {
                    out.append("</table>\n");
                    inTable = false;
                }
                if (!line.isBlank()) {
                    out.append("<p>").append(escape(line.replaceFirst("^#+\\s*", ""))).append("</p>\n");
                }
                continue;
            }
            if (!inTable) {
                out.append("<table border='1'>\n");
                inTable = true;
            }
            out.append("<tr>");
            for (String cell : line.split("\t", -1)) {
                String text = escape(cell);
                int half = text.length() / 2;
                out.append("<td>").append(text.length() > 3 && !text.contains("&")
                        ? "<span style='font-family:仿宋_GB2312'>" + text.substring(0, half) + "</span><span>" + text.substring(half) + "</span>"
                        : text).append("</td>");
            }
            out.append("</tr>\n");
        }
        if (inTable) {
            out.append("</table>\n");
        }
        return out.append("</div><footer>网站标识码 6405000001</footer></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String separator(int columns) {
        return "|" + "---|".repeat(columns);
    }

    /**
     * What PDF text extraction leaves: spaces inside labels, a page footer and the repeated table header inside
     * table 三, two rows whose numbers sit on the line after their label, full-width digits, thousands separators.
     */
    static String pdf(SeedTables tables) {
        List<Integer> applicationRows = tables.numberLines.get(1);
        int pageBreak = applicationRows.get(12);
        List<Integer> splitRows = List.of(applicationRows.get(1), applicationRows.get(16));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tables.lines.size(); i++) {
            String line = tables.lines.get(i);
            if (line.indexOf('\t') < 0) {
                out.add(line);
                continue;
            }
            if (i == pageBreak) {
                out.add("— 3 —");
                tables.applicationsHeader.forEach(h -> out.add(spacedLabels(tables.lines.get(h), true)));
            }
            boolean inApplications = applicationRows.contains(i);
            String rendered = spacedLabels(line, i % 2 == 0);
            if (inApplications && applicationRows.indexOf(i) % 4 == 0 || tables.numberLines.get(0).indexOf(i) == 1) {
                rendered = fullWidthDigits(rendered);
            }
            rendered = groupedThousands(rendered);
            if (splitRows.contains(i)) {
                String[] cells = rendered.split("\t", -1);
                int last = SeedTables.lastLabelCell(line.split("\t", -1));
                out.add(String.join("\t", List.of(cells).subList(0, last + 1)));
                out.add(String.join("\t", List.of(cells).subList(last + 1, cells.length)));
            } else {
                out.add(rendered);
            }
        }
        return String.join("\n", out);
    }

    /** GB18030 bytes decoded back: the text must survive the round trip unchanged. */
    static String gb18030RoundTrip(String text) {
        return new String(text.getBytes(GB18030), GB18030);
    }

    /** Spaces inside the text cells of a line: every character apart ("尚 未 审 结"), or a few ("三、本 年度办 理结果"). */
    private static String spacedLabels(String line, boolean everyCharacter) {
        String[] cells = line.split("\t", -1);
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c].strip();
            if (cell.length() < 4 || SeedTables.NUMBER.matcher(cell).matches()) {
                continue;
            }
            StringBuilder spaced = new StringBuilder();
            for (int k = 0; k < cell.length(); k++) {
                boolean gap = everyCharacter ? k > 0 : k > 0 && k % 3 == 0;
                spaced.append(gap ? " " : "").append(cell.charAt(k));
            }
            cells[c] = spaced.toString();
        }
        return String.join("\t", cells);
    }

    private static String fullWidthDigits(String line) {
        String[] cells = line.split("\t", -1);
        for (int c = 0; c < cells.length; c++) {
            if (SeedTables.NUMBER.matcher(cells[c].strip()).matches()) {
                StringBuilder wide = new StringBuilder();
                cells[c].chars().forEach(ch -> wide.append(Character.isDigit(ch) ? (char) ('０' + ch - '0') : (char) ch));
                cells[c] = wide.toString();
            }
        }
        return String.join("\t", cells);
    }

    private static String groupedThousands(String line) {
        String[] cells = line.split("\t", -1);
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c].strip();
            if (BIG_INTEGER.matcher(cell).matches()) {
                cells[c] = String.format(Locale.ROOT, "%,d", Long.parseLong(cell));
            }
        }
        return String.join("\t", cells);
    }
}
