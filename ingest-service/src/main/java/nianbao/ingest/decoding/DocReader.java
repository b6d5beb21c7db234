package nianbao.ingest.decoding;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.SubdocumentType;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;

/**
 * Reads a legacy Word .doc (Apache POI HWPF) into HTML: paragraphs in order, tables as rows of cells, and the summary
 * information's create and last-save times. Other OLE files (.xls, .ppt, .msg) are not Word documents and are
 * unreadable with the detected type. The main text's length, which the file states, is checked against the
 * character budget before any paragraph is read.
 */
final class DocReader {

    private DocReader() {
    }

    static Decoding read(byte[] bytes, ReadLimits limits) {
        HWPFDocument document;
        try {
            document = new HWPFDocument(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            return new Decoding.Unreadable(Reasons.of("unsupported format: application/x-ole-storage, not a Word document", e),
                    "application/x-ole-storage");
        }
        try (document) {
            int stated = document.getFileInformationBlock().getSubdocumentTextStreamLength(SubdocumentType.MAIN);
            if (stated > limits.textChars()) {
                return new Decoding.Unreadable(ReadLimits.over(stated, "characters of text", limits.textChars()).getMessage(),
                        DocumentReader.DOC);
            }
            Range range = document.getRange();
            HtmlBuilder html = new HtmlBuilder(limits);
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
            return new Decoding.Text(html.html(), null, DocumentReader.DOC, "text/html", dates(document));
        } catch (ReadLimits.Exceeded e) {
            return new Decoding.Unreadable(e.getMessage(), DocumentReader.DOC);
        } catch (Exception e) {
            return new Decoding.Unreadable(Reasons.of("unreadable Word document", e), DocumentReader.DOC);
        }
    }

    /** The summary information's create and last-save times, when the file has them. */
    private static FileDates dates(HWPFDocument document) {
        try {
            var summary = document.getSummaryInformation();
            return summary == null ? new FileDates(null, null)
                    : FileDates.of(summary.getCreateDateTime(), summary.getLastSaveDateTime());
        } catch (RuntimeException e) {
            return new FileDates(null, null);
        }
    }

    private static void table(HtmlBuilder html, Table table) {
        html.startTable();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            Element tr = html.row();
            for (int c = 0; c < row.numCells(); c++) {
                html.cell(tr, clean(row.getCell(c).text()), 1, 1);
            }
        }
        html.endTable();
    }

    /** Drops field codes, cell and paragraph marks and other control characters. */
    private static String clean(String text) {
        return Range.stripFields(text).replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", " ").replace('\r', ' ').strip();
    }
}
