package nianbao.ingest.decoding;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;

/**
 * Reads a legacy Word .doc (Apache POI HWPF) into HTML: paragraphs in order, tables as rows of cells. Other OLE
 * files (.xls, .ppt, .msg) are not Word documents and are unreadable with the detected type.
 */
final class DocReader {

    private DocReader() {
    }

    static Decoding read(byte[] bytes) {
        HWPFDocument document;
        try {
            document = new HWPFDocument(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            return new Decoding.Unreadable(Reasons.of("unsupported format: application/x-ole-storage, not a Word document", e),
                    "application/x-ole-storage");
        }
        try (document) {
            Range range = document.getRange();
            HtmlBuilder html = new HtmlBuilder();
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph paragraph = range.getParagraph(i);
                if (paragraph.isInTable()) {
                    Table table = range.getTable(paragraph);
                    table(html, table);
                    i += Math.max(0, table.numParagraphs() - 1);
                } else {
                    html.paragraph(clean(paragraph.text()));
                }
            }
            if (!html.hasText()) {
                return new Decoding.Unreadable("empty file: the Word document has no text", DocumentReader.DOC);
            }
            return new Decoding.Text(html.html(), null, DocumentReader.DOC, "text/html");
        } catch (Exception e) {
            return new Decoding.Unreadable(Reasons.of("unreadable Word document", e), DocumentReader.DOC);
        }
    }

    private static void table(HtmlBuilder html, Table table) {
        html.startTable();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            Element tr = html.row();
            for (int c = 0; c < row.numCells(); c++) {
                HtmlBuilder.cell(tr, clean(row.getCell(c).text()), 1, 1);
            }
        }
        html.endTable();
    }

    /** Drops field codes, cell and paragraph marks and other control characters. */
    private static String clean(String text) {
        return Range.stripFields(text).replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", " ").replace('\r', ' ').strip();
    }
}
