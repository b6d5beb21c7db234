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
 * colspan (gridSpan) and rowspan (vMerge), and the core properties' created/modified dates. Before POI inflates
 * anything, the zip is walked with the budget ({@link ZipScan}: entries, inflated bytes per entry and in all, the
 * inflation ratio); POI's own ZipSecureFile limits stay as a second guard.
 */
final class DocxReader {

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / ReadLimits.INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(ReadLimits.ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(ReadLimits.ARCHIVE_ENTRIES);
    }

    private DocxReader() {
    }

    /** A zip holding word/document.xml: a Word document, without inflating anything. */
    static boolean isDocx(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains("word/document.xml");
    }

    static Decoding read(byte[] bytes, ReadLimits limits) {
        try {
            ZipScan.walk(bytes, new ZipScan.Bounds(limits.archiveEntries(), limits.entryBytes(), limits.xmlEntryBytes(), limits.inflatedBytes(),
                    limits.inflateRatio()), null);
        } catch (ReadLimits.Exceeded e) {
            return new Decoding.Unreadable(e.getMessage(), DocumentReader.DOCX);
        } catch (Exception e) {
            return new Decoding.Unreadable(Reasons.of("unreadable Word document", e), DocumentReader.DOCX);
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            HtmlBuilder html = new HtmlBuilder(limits);
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
            return new Decoding.Text(html.html(), null, DocumentReader.DOCX, "text/html", dates(document));
        } catch (ReadLimits.Exceeded e) {
            return new Decoding.Unreadable(e.getMessage(), DocumentReader.DOCX);
        } catch (Exception e) {
            return new Decoding.Unreadable(Reasons.of("unreadable Word document", e), DocumentReader.DOCX);
        }
    }

    /** The core properties' created and modified dates (docProps/core.xml), when the file has them. */
    private static FileDates dates(XWPFDocument document) {
        try {
            var core = document.getProperties().getCoreProperties();
            return FileDates.of(core.getCreated(), core.getModified());
        } catch (RuntimeException e) {
            return new FileDates(null, null);
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
                    html.extendRowspan(above, span);
                } else {
                    Element td = html.cell(tr, cell.getText(), 1, span);
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
