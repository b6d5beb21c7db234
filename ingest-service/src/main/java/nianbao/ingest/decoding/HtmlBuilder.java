package nianbao.ingest.decoding;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes a document's paragraphs and tables as HTML (jsoup escapes the text): the hand-over format for the parser.
 * It keeps to the readers' budget as it grows: characters of text, cells of one table's grid and of all tables
 * (a cell spanning rows and columns counts once for each slot it covers), throwing {@link ReadLimits.Exceeded}
 * before a cell or a text over the bound is added.
 */
final class HtmlBuilder {

    private final Document document = Document.createShell("");
    private final ReadLimits limits;
    private Element table;
    private long chars;
    private long tableCells;
    private long documentCells;

    HtmlBuilder(ReadLimits limits) {
        this.limits = limits;
        document.outputSettings().prettyPrint(false);
        document.head().appendElement("meta").attr("charset", "utf-8");
    }

    /** A paragraph (it ends the current table); blank ones are dropped. */
    void paragraph(String text) {
        if (text != null && !text.isBlank()) {
            String stripped = text.strip();
            countChars(stripped.length());
            table = null;
            document.body().appendElement("p").text(stripped);
        }
    }

    /** Ends the current table: rows added next start a new one. */
    void endTable() {
        table = null;
    }

    /** Starts a table; rows added next belong to it. */
    void startTable() {
        table = document.body().appendElement("table");
        tableCells = 0;
    }

    boolean inTable() {
        return table != null;
    }

    /** Starts a row of the current table. */
    Element row() {
        if (table == null) {
            startTable();
        }
        return table.appendElement("tr");
    }

    /** Adds a cell to a row, with its spans when larger than one. */
    Element cell(Element row, String text, int rowspan, int colspan) {
        String stripped = text == null ? "" : text.strip();
        countSlots((long) Math.max(1, rowspan) * Math.max(1, colspan));
        countChars(stripped.length());
        Element td = row.appendElement("td").text(stripped);
        if (rowspan > 1) {
            td.attr("rowspan", String.valueOf(rowspan));
        }
        if (colspan > 1) {
            td.attr("colspan", String.valueOf(colspan));
        }
        return td;
    }

    /** Lets a written cell span one more row (a vertically merged Word cell) of {@code colspan} columns. */
    void extendRowspan(Element td, int colspan) {
        countSlots(Math.max(1, colspan));
        int rowspan = td.hasAttr("rowspan") ? Integer.parseInt(td.attr("rowspan")) : 1;
        td.attr("rowspan", String.valueOf(rowspan + 1));
    }

    /** Appends text to a written cell (the rest of a row that a page break split). */
    void appendText(Element td, String more) {
        countChars(more.length());
        td.text(td.text() + more);
    }

    /** True when any text was written. */
    boolean hasText() {
        return chars > 0 && !document.body().text().isBlank();
    }

    /** What was written, without the document around it: the body's content, to be put into another page. */
    String bodyHtml() {
        String html = document.body().html();
        if (html.length() > limits.textChars()) {
            throw ReadLimits.over(html.length(), "characters of HTML", limits.textChars());
        }
        return html;
    }

    String html() {
        String html = document.outerHtml();
        if (html.length() > limits.textChars()) {
            throw ReadLimits.over(html.length(), "characters of HTML", limits.textChars());
        }
        return html;
    }

    private void countChars(int more) {
        chars += more;
        if (chars > limits.textChars()) {
            throw ReadLimits.overAtLeast("characters of text", limits.textChars());
        }
    }

    private void countSlots(long slots) {
        tableCells += slots;
        documentCells += slots;
        if (tableCells > limits.tableCells()) {
            throw ReadLimits.overAtLeast("cells in one table", limits.tableCells());
        }
        if (documentCells > limits.documentCells()) {
            throw ReadLimits.overAtLeast("table cells in the document", limits.documentCells());
        }
    }
}
