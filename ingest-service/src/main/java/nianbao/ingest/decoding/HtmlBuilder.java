package nianbao.ingest.decoding;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Writes a document's paragraphs and tables as HTML (jsoup escapes the text): the hand-over format for the parser. */
final class HtmlBuilder {

    private final Document document = Document.createShell("");
    private Element table;

    HtmlBuilder() {
        document.outputSettings().prettyPrint(false);
        document.head().appendElement("meta").attr("charset", "utf-8");
    }

    /** A paragraph (it ends the current table); blank ones are dropped. */
    void paragraph(String text) {
        if (text != null && !text.isBlank()) {
            table = null;
            document.body().appendElement("p").text(text.strip());
        }
    }

    /** Ends the current table: rows added next start a new one. */
    void endTable() {
        table = null;
    }

    /** Starts a table; rows added next belong to it. */
    void startTable() {
        table = document.body().appendElement("table");
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
    static Element cell(Element row, String text, int rowspan, int colspan) {
        Element td = row.appendElement("td").text(text == null ? "" : text.strip());
        if (rowspan > 1) {
            td.attr("rowspan", String.valueOf(rowspan));
        }
        if (colspan > 1) {
            td.attr("colspan", String.valueOf(colspan));
        }
        return td;
    }

    /** True when any text was written. */
    boolean hasText() {
        return !document.body().text().isBlank();
    }

    String html() {
        return document.outerHtml();
    }
}
