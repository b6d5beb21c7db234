package nianbao.parser.parsing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a report published as a web page into rows: paragraphs and headings become one-cell rows, data tables
 * keep their cells, with rowspan/colspan resolved on a grid (a spanned label is repeated down its rows so each
 * row keeps its group; a colspan leaves blanks to its right, as a table pasted from Word does). Site navigation,
 * scripts and styles are dropped; tables that hold other tables are page layout and are read as blocks.
 */
public final class HtmlDocumentReader {

    private static final Set<String> DROPPED = Set.of("script", "style", "nav", "header", "footer", "noscript", "iframe",
            "form", "select", "button", "svg");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section",
            "article", "main", "td", "th", "tr", "blockquote", "pre", "dd", "dt");
    /** Spans larger than any real report table: attacker-sized spans are capped, never allocated. */
    private static final int MAX_SPAN = 64;

    private final List<SourceRow> rows = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    private HtmlDocumentReader() {
    }

    public static List<SourceRow> read(String html) {
        Document document = Jsoup.parse(html);
        document.select(String.join(",", DROPPED)).remove();
        HtmlDocumentReader reader = new HtmlDocumentReader();
        reader.walk(document.body() == null ? document : document.body());
        reader.flush();
        return reader.rows;
    }

    /** Walks the page without recursion (jsoup's traversal is iterative), so deeply nested HTML cannot overflow the stack. */
    private void walk(Node root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    line.append(text.getWholeText().replace('\u00a0', ' '));
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element) || node == root) {
                    return FilterResult.CONTINUE;
                }
                String tag = element.normalName();
                if (tag.equals("table") && element.selectFirst("table table") == null && element.select("table").size() == 1) {
                    flush();
                    readTable(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br") || BLOCKS.contains(tag) || tag.equals("table")) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && (BLOCKS.contains(element.normalName()) || element.normalName().equals("table"))) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private void flush() {
        String text = line.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
        if (!text.isEmpty()) {
            rows.add(new SourceRow(rows.size() + 1, List.of(text)));
        }
        line.setLength(0);
    }

    private void readTable(Element table) {
        Map<Integer, Map<Integer, String>> grid = new HashMap<>();
        int rowIndex = 0;
        int width = 0;
        for (Element tr : table.select("tr")) {
            Map<Integer, String> cells = grid.computeIfAbsent(rowIndex, r -> new HashMap<>());
            int column = 0;
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                while (cells.containsKey(column)) {
                    column++;
                }
                String text = cell.text().replace('\u00a0', ' ').strip();
                int colspan = span(cell, "colspan");
                int rowspan = span(cell, "rowspan");
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
        for (int r = 0; r < rowIndex; r++) {
            Map<Integer, String> cells = grid.getOrDefault(r, Map.of());
            List<String> row = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                row.add(cells.getOrDefault(c, ""));
            }
            rows.add(new SourceRow(rows.size() + 1, row));
        }
    }

    private static int span(Element cell, String attribute) {
        try {
            int value = Integer.parseInt(cell.attr(attribute).strip());
            return Math.max(1, Math.min(value, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
