package nianbao.ingest.decoding;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a web page in one pass over its tags, without building it: how deep its elements nest, and how many cells
 * the grid of each table has once its {@code rowspan}/{@code colspan} are expanded (rows × the widest row, a row's
 * width counting the cells that reach into it from rows above). Throws {@link ReadLimits.Exceeded} at the first
 * bound passed. Elements whose end tag may be left out (p, li, tr, td, …) never nest in a parsed page and are not
 * counted in the depth; script, style and other raw-text elements are skipped whole.
 */
final class WebPageScan {

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen", "image", "isindex");
    private static final Set<String> IMPLIED_END = Set.of("p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
            "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head", "body");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "noembed",
            "noframes", "iframe", "plaintext");
    private static final Pattern SPAN = Pattern.compile("(?i)\\b(rowspan|colspan)\\s*=\\s*[\"']?\\s*(\\d{1,9})");
    /** The largest spans a browser honours (HTML: colspan ≤ 1000, rowspan ≤ 65534). */
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65534;

    private final ReadLimits limits;
    private final Deque<String> open = new ArrayDeque<>();
    private final Map<String, Integer> openByName = new HashMap<>();
    private final Deque<Grid> tables = new ArrayDeque<>();
    private long documentCells;

    private WebPageScan(ReadLimits limits) {
        this.limits = limits;
    }

    static void check(String html, ReadLimits limits) {
        new WebPageScan(limits).scan(html);
    }

    private void scan(String html) {
        int i = 0;
        int length = html.length();
        while (i < length) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= length) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? length : end + 3;
                continue;
            }
            char first = html.charAt(lt + 1);
            if (first == '!' || first == '?') {
                int end = html.indexOf('>', lt);
                i = end < 0 ? length : end + 1;
                continue;
            }
            boolean closing = first == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            int nameEnd = nameStart;
            while (nameEnd < length && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == nameStart || !Character.isLetter(html.charAt(nameStart))) {
                i = lt + 1;
                continue;
            }
            int gt = tagEnd(html, nameEnd);
            if (gt < 0) {
                break;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            if (closing) {
                end(name);
                i = gt + 1;
            } else {
                start(name, html, nameEnd, gt);
                i = RAW_TEXT.contains(name) ? rawTextEnd(html, name, gt + 1) : gt + 1;
            }
        }
        while (!tables.isEmpty()) {
            finish(tables.pop());
        }
    }

    private void start(String name, String html, int attributesFrom, int gt) {
        switch (name) {
            case "table" -> tables.push(new Grid());
            case "tr" -> {
                if (!tables.isEmpty()) {
                    tables.peek().row();
                }
            }
            case "td", "th" -> {
                if (!tables.isEmpty()) {
                    Matcher span = SPAN.matcher(html).region(attributesFrom, gt);
                    int rowspan = 1;
                    int colspan = 1;
                    while (span.find()) {
                        int value = Integer.parseInt(span.group(2));
                        if (span.group(1).equalsIgnoreCase("rowspan")) {
                            rowspan = Math.max(1, Math.min(value, MAX_ROWSPAN));
                        } else {
                            colspan = Math.max(1, Math.min(value, MAX_COLSPAN));
                        }
                    }
                    tables.peek().cell(rowspan, colspan);
                }
            }
            default -> {
            }
        }
        if (VOID.contains(name) || IMPLIED_END.contains(name)) {
            return;
        }
        open.push(name);
        openByName.merge(name, 1, Integer::sum);
        if (open.size() > limits.nestingDepth()) {
            throw ReadLimits.overAtLeast("elements nested in one another", limits.nestingDepth());
        }
    }

    private void end(String name) {
        if ("table".equals(name) && !tables.isEmpty()) {
            finish(tables.pop());
        }
        if (openByName.getOrDefault(name, 0) == 0) {
            return;
        }
        String popped;
        do {
            popped = open.pop();
            openByName.merge(popped, -1, Integer::sum);
        } while (!popped.equals(name));
    }

    private void finish(Grid grid) {
        documentCells += grid.cells();
        checkDocument(0);
    }

    private void checkDocument(long current) {
        if (documentCells + current > limits.documentCells()) {
            throw ReadLimits.overAtLeast("table cells in the document", limits.documentCells());
        }
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '_');
    }

    /** The '>' that ends a tag, quotes respected; -1 when the page ends inside the tag. */
    static int tagEnd(String html, int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    /** Where the end tag of a raw-text element starts (its content is no markup), or the page's end. */
    private static int rawTextEnd(String html, String name, int from) {
        String closing = "</" + name;
        for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
            if (html.regionMatches(true, i, closing, 0, closing.length())) {
                return i;
            }
        }
        return html.length();
    }

    /** One table's grid as it grows: rows so far, the widest row, and the cells reaching down from rows above. */
    private final class Grid {

        private long rows;
        private long width;
        private long maxWidth;
        /** Columns taken in later rows by cells spanning down into them, by row number (1-based after this one). */
        private final Map<Long, Long> reaching = new HashMap<>();
        private final Map<Long, Long> ending = new HashMap<>();
        private long carried;

        void row() {
            rows++;
            carried += reaching.getOrDefault(rows, 0L) - ending.getOrDefault(rows, 0L);
            reaching.remove(rows);
            ending.remove(rows);
            width = carried;
            check();
        }

        void cell(int rowspan, int colspan) {
            if (rows == 0) {
                row();
            }
            width += colspan;
            if (rowspan > 1) {
                reaching.merge(rows + 1, (long) colspan, Long::sum);
                ending.merge(rows + rowspan, (long) colspan, Long::sum);
            }
            check();
        }

        long cells() {
            return rows * maxWidth;
        }

        private void check() {
            maxWidth = Math.max(maxWidth, width);
            if (cells() > limits.tableCells()) {
                throw ReadLimits.overAtLeast("cells in one table", limits.tableCells());
            }
            checkDocument(cells());
        }
    }
}
