package nianbao.ingest.decoding;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The PDF pages without a text layer read by OCR, the others as {@link PdfReader} reads them, in one more pass over the
 * document on the OCR executor. A page is rendered in grey at 300 dpi (less when that would pass
 * {@link ReadLimits#pagePixels()}; images are subsampled to what the rendering needs) after the images it draws are
 * checked against the same bound, as they declare their sizes; a page without ink is skipped.
 */
final class PdfScan {

    private static final int MIN_DPI = 100;

    private PdfScan() {
    }

    /** The document as HTML, reading the pages {@code scanned} (0-based index) by OCR; null facts when OCR read no page. */
    static Decoding.Text read(PDDocument document, IntPredicate scanned, ReadLimits limits, Ocr ocr) throws IOException {
        HtmlBuilder html = new HtmlBuilder(limits);
        OcrTally tally = new OcrTally();
        ScanPage scan = new ScanPage(ocr.tesseract(), limits, tally);
        PDFRenderer renderer = new PDFRenderer(document);
        renderer.setSubsamplingAllowed(true);
        PdfTable[] open = {null};
        int[] index = {-1};
        PdfGlyphs.each(document, limits, (page, glyphs) -> {
            index[0]++;
            if (!scanned.test(index[0])) {
                open[0] = PdfReader.writePage(html, glyphs, PdfTable.find(PdfRulings.of(page, limits), limits.tableCells()), open[0]);
                return;
            }
            checkImages(page.getResources(), limits, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
            float dpi = dpi(page, limits);
            BufferedImage image = renderer.renderImageWithDPI(index[0], dpi, ImageType.GRAY);
            open[0] = scan.read(image, dpi, "page " + (index[0] + 1), html, open[0]);
        });
        return new Decoding.Text(html.hasText() ? html.html() : "", null, DocumentReader.PDF, "text/html", PdfDates.of(document),
                tally.pages() == 0 ? null : tally.facts(ocr.engine()));
    }

    /** 300 dpi, or the resolution at which the page fits the pixel bound; over the bound below 100 dpi. */
    private static float dpi(PDPage page, ReadLimits limits) {
        PDRectangle box = page.getCropBox();
        double squareInches = Math.max(1e-3, (box.getWidth() / 72.0) * (box.getHeight() / 72.0));
        double fits = Math.sqrt(limits.pagePixels() / squareInches);
        if (fits < MIN_DPI) {
            throw ReadLimits.over((long) (squareInches * MIN_DPI * MIN_DPI), "pixels in one page rendered at " + MIN_DPI + " dpi",
                    limits.pagePixels());
        }
        return (float) Math.min(ScanPage.DPI, Math.floor(fits));
    }

    /**
     * Every image the page draws, in its forms too, declares at most the pixel bound (four times it for 1-bit images,
     * which decode to an eighth of the memory).
     */
    private static void checkImages(PDResources resources, ReadLimits limits, Set<COSBase> seen, int depth) throws IOException {
        if (resources == null || depth > 20) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            COSBase raw = resources.getCOSObject().getCOSDictionary(COSName.XOBJECT) == null ? null
                    : resources.getCOSObject().getCOSDictionary(COSName.XOBJECT).getDictionaryObject(name);
            if (raw == null || !seen.add(raw)) {
                continue;
            }
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                long pixels = (long) image.getWidth() * image.getHeight();
                long bound = image.getBitsPerComponent() == 1 ? 4 * limits.pagePixels() : limits.pagePixels();
                if (pixels > bound) {
                    throw ReadLimits.over(pixels, "pixels in one image of a scanned page", bound);
                }
            } else if (object instanceof PDFormXObject form) {
                checkImages(form.getResources(), limits, seen, depth + 1);
            }
        }
    }
}
