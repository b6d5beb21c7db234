package nianbao.ingest.decoding;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The glyphs of a PDF's pages with their positions (PDFBox's text stripper, overlapping duplicates removed), handed
 * over page by page in one pass over the document, so a page's glyphs are let go before the next page is read. The
 * pages and the characters of one page are counted against the budget as they come.
 */
final class PdfGlyphs extends PDFTextStripper {

    /** One character at {@code x}..{@code x + width}, baseline {@code y} from the top of the page. */
    record Glyph(String text, float x, float y, float width, float size) {

        float centerX() {
            return x + width / 2;
        }

        float centerY() {
            return y - size / 4;
        }

        boolean blank() {
            return text.isBlank();
        }
    }

    /** Receives each page with its glyphs, in page order. */
    @FunctionalInterface
    interface PageHandler {
        void page(PDPage page, List<Glyph> glyphs) throws IOException;
    }

    private final PageHandler handler;
    private final ReadLimits limits;
    private int pages;
    private int pageGlyphs;

    private PdfGlyphs(PageHandler handler, ReadLimits limits) {
        this.handler = handler;
        this.limits = limits;
        setSortByPosition(true);
    }

    /** Reads every page in order and hands it to {@code handler}. */
    static void each(PDDocument document, ReadLimits limits, PageHandler handler) throws IOException {
        new PdfGlyphs(handler, limits).writeText(document, Writer.nullWriter());
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        if (++pages > limits.pdfPages()) {
            throw ReadLimits.overAtLeast("pages", limits.pdfPages());
        }
        pageGlyphs = 0;
        super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (++pageGlyphs > limits.pageGlyphs()) {
            throw ReadLimits.overAtLeast("characters on one PDF page", limits.pageGlyphs());
        }
        super.processTextPosition(text);
    }

    @Override
    protected void writePage() throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition p : article) {
                if (!p.getUnicode().isEmpty()) {
                    float size = Math.max(p.getFontSizeInPt(), Math.max(p.getHeightDir(), 4f));
                    glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), size));
                }
            }
        }
        handler.page(getCurrentPage(), glyphs);
    }
}
