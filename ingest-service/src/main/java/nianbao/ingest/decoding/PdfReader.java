package nianbao.ingest.decoding;

import nianbao.ingest.decoding.PdfGlyphs.Glyph;
import org.apache.pdfbox.Loader;
import nianbao.ingest.ocr.OcrFailure;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a PDF's text layer (PDFBox) into HTML: lines of text as paragraphs, and tables rebuilt from the page's
 * border lines with each glyph placed in its cell; a table that continues on the next page with the same columns
 * stays one table. A PDF without text (a scan) and a truncated PDF are unreadable with that reason. Within the budget:
 * the page count is checked before any page is read, every compressed stream that is no image is inflated once,
 * counting, before PDFBox decodes it whole ({@link PdfStreams}), and pages are read one at a time.
 */
final class PdfReader {

    private PdfReader() {
    }

    static Decoding read(byte[] bytes, ReadLimits limits) {
        return read(bytes, limits, Ocr.NONE);
    }

    /**
     * Reads the PDF; pages without a text layer are read by OCR when {@code ocr} is available (in a second pass, on the
     * OCR executor), else skipped, and a PDF with no text at all is refused with the reason.
     */
    static Decoding read(byte[] bytes, ReadLimits limits, Ocr ocr) {
        if (!new String(bytes, Math.max(0, bytes.length - 1024), Math.min(1024, bytes.length), StandardCharsets.ISO_8859_1)
                .contains("%%EOF")) {
            return new Decoding.Unreadable("truncated PDF: the file ends before its %%EOF marker", DocumentReader.PDF);
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages > limits.pdfPages()) {
                return new Decoding.Unreadable(ReadLimits.over(pages, "pages", limits.pdfPages()).getMessage(), DocumentReader.PDF);
            }
            PdfStreams.check(document, limits);
            HtmlBuilder html = new HtmlBuilder(limits);
            PdfTable[] open = {null};
            int[] glyphCount = {0};
            BitSet textless = new BitSet();
            int[] index = {-1};
            PdfGlyphs.each(document, limits, (page, glyphs) -> {
                index[0]++;
                int count = (int) glyphs.stream().filter(g -> !g.blank()).count();
                if (count == 0) {
                    textless.set(index[0]);
                }
                glyphCount[0] += count;
                open[0] = writePage(html, glyphs, PdfTable.find(PdfRulings.of(page, limits), limits.tableCells()), open[0]);
            });
            if (textless.isEmpty() || !ocr.available()) {
                if (glyphCount[0] == 0) {
                    return new Decoding.Unreadable("scanned PDF: no text layer; " + Ocr.NOT_INSTALLED, DocumentReader.PDF);
                }
                return new Decoding.Text(html.html(), null, DocumentReader.PDF, "text/html", PdfDates.of(document));
            }
            if (textless.cardinality() > limits.ocrPages()) {
                return new Decoding.Unreadable(ReadLimits.over(textless.cardinality(), "pages without a text layer to read by OCR",
                        limits.ocrPages()).getMessage(), DocumentReader.PDF);
            }
            Decoding.Text scanned = ocr.run(() -> PdfScan.read(document, textless::get, limits, ocr));
            if (scanned.text().isEmpty()) {
                return new Decoding.Unreadable("scanned PDF: no text layer, and OCR found no text on its " + textless.cardinality()
                        + " page" + (textless.cardinality() == 1 ? "" : "s") + " without one", DocumentReader.PDF);
            }
            return scanned;
        } catch (ReadLimits.Exceeded e) {
            return new Decoding.Unreadable(e.getMessage(), DocumentReader.PDF);
        } catch (OcrFailure e) {
            return new Decoding.Unreadable(e.overLimit() ? e.getMessage() : "scanned PDF: " + e.getMessage(), DocumentReader.PDF);
        } catch (InvalidPasswordException e) {
            return new Decoding.Unreadable("encrypted PDF: it needs a password", DocumentReader.PDF);
        } catch (Exception e) {
            return new Decoding.Unreadable(Reasons.of("damaged PDF", e), DocumentReader.PDF);
        }
    }

    /**
     * Writes one page's lines and tables in reading order; returns the table still open at the page's end. Only a
     * table at the very top of a page continues the open one: two tables one after the other on a page stay two.
     */
    static PdfTable writePage(HtmlBuilder html, List<Glyph> glyphs, List<PdfTable> tables, PdfTable open) {
        return writePage(html, glyphs, tables, open, PdfTable.CellMarker.NONE);
    }

    /** As above, showing each table cell written to {@code marker}. */
    static PdfTable writePage(HtmlBuilder html, List<Glyph> glyphs, List<PdfTable> tables, PdfTable open, PdfTable.CellMarker marker) {
        List<Glyph> loose = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!g.blank() && tables.stream().noneMatch(t -> t.contains(g))) {
                loose.add(g);
            }
        }
        List<Object> items = new ArrayList<>(tables);
        items.addAll(PdfText.lines(loose));
        items.sort(Comparator.comparingDouble(PdfReader::top));
        boolean firstOnPage = true;
        for (Object item : items) {
            if (item instanceof PdfTable table) {
                boolean continued = firstOnPage && open != null && html.inTable() && open.sameFrame(table);
                if (!continued) {
                    html.startTable();
                }
                table.write(html, glyphs, continued ? open : null, marker);
                open = table;
            } else {
                @SuppressWarnings("unchecked")
                List<Glyph> line = (List<Glyph>) item;
                html.paragraph(PdfText.line(line));
                open = null;
            }
            firstOnPage = false;
        }
        return open;
    }

    private static double top(Object item) {
        if (item instanceof PdfTable table) {
            return table.ys[0];
        }
        @SuppressWarnings("unchecked")
        List<Glyph> line = (List<Glyph>) item;
        return line.get(0).y() - line.get(0).size();
    }
}
