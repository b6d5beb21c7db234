package nianbao.ingest.decoding;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a Word .docx (Apache POI XWPF) into HTML: paragraphs in order, tables as tables with merged cells as
 * colspan (gridSpan) and rowspan (vMerge). Zip bombs are refused by POI's ZipSecureFile limits set here.
 */
final class DocxReader {

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(1000);
    }

    private DocxReader() {
    }

    /** A zip holding word/document.xml: a Word document, without inflating anything. */
    static boolean isDocx(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains("word/document.xml");
    }

    static Decoding read(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            HtmlBuilder html = new HtmlBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    html.paragraph(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    table(html, table);
                }
            }
            if (!html.hasText()) {
                return new Decoding.Unreadable("empty file: the Word document has no text", DocumentReader.DOCX);
            }
            return new Decoding.Text(html.html(), null, DocumentReader.DOCX, "text/html");
        } catch (Exception e) {
            return new Decoding.Unreadable(Reasons.of("unreadable Word document", e), DocumentReader.DOCX);
        }
    }

    private static void table(HtmlBuilder html, XWPFTable table) {
        html.startTable();
        Map<Integer, Element> merging = new HashMap<>();
        for (XWPFTableRow row : table.getRows()) {
            Element tr = html.row();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.isSetGridSpan()
                        ? Math.max(1, properties.getGridSpan().getVal().intValue()) : 1;
                STMerge.Enum merge = properties == null || !properties.isSetVMerge() ? null
                        : properties.getVMerge().isSetVal() ? properties.getVMerge().getVal() : STMerge.CONTINUE;
                Element above = merging.get(column);
                if (merge == STMerge.CONTINUE && above != null) {
                    int rowspan = above.hasAttr("rowspan") ? Integer.parseInt(above.attr("rowspan")) : 1;
                    above.attr("rowspan", String.valueOf(rowspan + 1));
                } else {
                    Element td = HtmlBuilder.cell(tr, cell.getText(), 1, span);
                    if (merge == STMerge.RESTART) {
                        merging.put(column, td);
                    } else {
                        merging.remove(column);
                    }
                }
                column += span;
            }
        }
        html.endTable();
    }
}
