package nianbao.parser.parsing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a report published as a web page into rows: paragraphs, headings and any element a CMS invents
 * ({@code <ucapcontent>}, custom divs) break lines, inline elements (spans, fonts, Word's {@code <o:p>}) do not; data
 * tables keep their cells, with rowspan/colspan resolved on a grid (a spanned label is repeated down its rows so each
 * row keeps its group; a colspan leaves blanks to its right, as a table pasted from Word does). Site navigation,
 * scripts and styles are dropped; tables that hold other tables are page layout and are read as blocks. Every grid
 * and the page itself stay within {@link InputLimits}.
 */
public final class HtmlDocumentReader {

    /** The page's rows, its meta tags (lower-case name → content) and its {@code <title>}. */
    public record Page(List<SourceRow> rows, Map<String, String> meta, String title) {
    }

    private static final Set<String> DROPPED = Set.of("script", "style", "nav", "footer", "noscript", "iframe",
            "form", "select", "button", "svg", "template", "object", "embed");
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn",
            "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt",
            "u", "var", "wbr", "ins", "del", "label", "nobr", "o:p", "img", "input", "#root");

    /** The query for {@link #DROPPED}, parsed once. */
    private static final Evaluator DROPPED_QUERY = QueryParser.parse(String.join(",", DROPPED));

    private final List<SourceRow> rows = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int documentCells;

    private HtmlDocumentReader() {
    }

    public static Page read(String html) {
        InputLimits.checkCharacters("characters of web page", html.length());
        Document document = Jsoup.parse(html);
        Map<String, String> meta = meta(document);
        String title = document.title();
        document.select(DROPPED_QUERY).remove();
        HtmlDocumentReader reader = new HtmlDocumentReader();
        reader.walk(document.body() == null ? document : document.body());
        reader.flush();
        return new Page(reader.rows, meta, title);
    }

    private static Map<String, String> meta(Document document) {
        Map<String, String> meta = new HashMap<>();
        for (Element element : document.head().getElementsByTag("meta")) {
            if (!element.hasAttr("content")) {
                continue;
            }
            String name = element.hasAttr("name") ? element.attr("name") : element.attr("property");
            if (!name.isBlank()) {
                meta.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), element.attr("content"));
            }
        }
        return meta;
    }

    /** Walks the page without recursion (jsoup's traversal is iterative), so deeply nested HTML cannot overflow the stack. */
    private void walk(Node root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > InputLimits.MAX_DEPTH) {
                    throw new OverLimit("element nesting depth of web page", depth, InputLimits.MAX_DEPTH);
                }
                if (node instanceof TextNode text) {
                    line.append(text.getWholeText().replace('\u00a0', ' '));
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element) || node == root) {
                    return FilterResult.CONTINUE;
                }
                if (element.normalName().equals("table") && isDataTable(element)) {
                    flush();
                    readTable(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isBlock(element)) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && isBlock(element)) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private static boolean isBlock(Element element) {
        return !INLINE.contains(element.normalName());
    }

    /** A table that holds no other table: one of the report's tables, not the page's layout. */
    private static boolean isDataTable(Element table) {
        // the table itself is the only table in its subtree (what "no match for table table" said, in one walk)
        return table.getElementsByTag("table").size() == 1;
    }

    private void flush() {
        String text = collapsedWhitespace(line);
        if (!text.isEmpty()) {
            rows.add(new SourceRow(rows.size() + 1, List.of(text), SourceRow.Kind.BLOCK));
        }
        line.setLength(0);
    }

    /** The text with every run of ASCII whitespace one space, and no whitespace of any kind at either end. */
    private static String collapsedWhitespace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private void readTable(Element table) {
        Map<Integer, Map<Integer, String>> grid = new HashMap<>();
        int rowIndex = 0;
        int width = 0;
        int cells = 0;
        for (Element tr : table.select("tr")) {
            if (rowIndex >= InputLimits.MAX_TABLE_ROWS) {
                throw new OverLimit("rows of one table", table.select("tr").size(), InputLimits.MAX_TABLE_ROWS);
            }
            Map<Integer, String> rowCells = grid.computeIfAbsent(rowIndex, r -> new HashMap<>());
            int column = 0;
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                while (rowCells.containsKey(column)) {
                    column++;
                }
                int colspan = span(cell, "colspan");
                int rowspan = span(cell, "rowspan");
                cells += colspan * rowspan;
                checkCells(cells);
                String text = cellText(cell);
                for (int r = 0; r < rowspan; r++) {
                    Map<Integer, String> target = grid.computeIfAbsent(rowIndex + r, x -> new HashMap<>());
                    for (int c = 0; c < colspan; c++) {
                        target.put(column + c, c == 0 ? text : "");
                    }
                }
                column += colspan;
            }
            width = Math.max(width, column);
            rowIndex++;
        }
        checkCells((long) rowIndex * width);
        for (int r = 0; r < rowIndex; r++) {
            // a row keeps the cells it has (its own and those spanned into it): a row with a cell missing stays
            // shorter than the others, so its values are not taken to stand under the wrong header
            Map<Integer, String> rowCells = grid.getOrDefault(r, Map.of());
            int reach = 0;
            for (int column : rowCells.keySet()) {
                reach = Math.max(reach, column + 1);
            }
            List<String> row = new ArrayList<>(reach);
            for (int c = 0; c < reach; c++) {
                row.add(rowCells.getOrDefault(c, ""));
            }
            rows.add(new SourceRow(rows.size() + 1, row, SourceRow.Kind.GRID));
        }
        documentCells += rowIndex * width;
        if (documentCells > InputLimits.MAX_DOCUMENT_CELLS) {
            throw new OverLimit("table cells of web page", documentCells, InputLimits.MAX_DOCUMENT_CELLS);
        }
    }

    /**
     * A cell's text; a cell of a scanned page that OCR read without confidence ({@code data-ocr="uncertain"}, with
     * {@code data-ocr-box} saying where) is marked so it is never read as a number.
     */
    private static String cellText(Element cell) {
        String text = cell.text().replace('\u00a0', ' ').strip();
        if (!"uncertain".equals(cell.attr("data-ocr"))) {
            return text;
        }
        return Cell.OCR_MARK + text + Cell.OCR_MARK + cell.attr("data-ocr-box");
    }

    private static void checkCells(long cells) {
        if (cells > InputLimits.MAX_TABLE_CELLS) {
            throw new OverLimit("cells of one table", cells, InputLimits.MAX_TABLE_CELLS);
        }
    }

    private static int span(Element cell, String attribute) {
        String text = cell.attr(attribute).strip();
        if (text.isEmpty()) {
            return 1;   // most cells span nothing: no exception thrown for them
        }
        try {
            int value = Integer.parseInt(text);
            return Math.max(1, Math.min(value, InputLimits.MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
