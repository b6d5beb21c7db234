package nianbao.ingest.decoding;

import nianbao.ingest.ocr.OcrFailure;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Iterator;

/**
 * Reads a page image file (PNG, JPEG, TIFF with one page or several) by OCR, each page with {@link ScanPage}, the whole
 * file on the OCR executor. Each page's size is checked against {@link ReadLimits#pagePixels()} as the file declares
 * it, before it is decoded; the number of pages against {@link ReadLimits#ocrPages()}. Without OCR the file is refused.
 */
final class ImageScan {

    /** A4's width in inches: the resolution of an image that says none is taken as that of a page this wide. */
    private static final double A4_WIDTH_INCHES = 8.27;

    private ImageScan() {
    }

    static Decoding read(byte[] bytes, String mediaType, ReadLimits limits, Ocr ocr) throws Exception {
        if (!ocr.available()) {
            return new Decoding.Unreadable("unsupported format: " + mediaType + " (a page image: " + Ocr.NOT_INSTALLED + ")", mediaType);
        }
        try {
            return ocr.run(() -> readPages(bytes, mediaType, limits, ocr));
        } catch (OcrFailure e) {
            return new Decoding.Unreadable(e.overLimit() ? e.getMessage() : "page image: " + e.getMessage(), mediaType);
        } catch (ReadLimits.Exceeded e) {
            return new Decoding.Unreadable(e.getMessage(), mediaType);
        }
    }

    private static Decoding readPages(byte[] bytes, String mediaType, ReadLimits limits, Ocr ocr) throws Exception {
        HtmlBuilder html = new HtmlBuilder(limits);
        OcrTally tally = new OcrTally();
        ScanPage scan = new ScanPage(ocr.tesseract(), limits, tally);
        PdfTable[] open = {null};
        int pages;
        try {
            pages = eachPage(bytes, mediaType, limits, limits.ocrPages(), 0, 0,
                    (image, dpi, index) -> open[0] = scan.read(image, dpi, "page " + (index + 1), html, open[0]));
        } catch (Damaged e) {
            return new Decoding.Unreadable(e.getMessage(), mediaType);
        }
        if (!html.hasText()) {
            return new Decoding.Unreadable("page image: OCR found no text on its " + pages + " page" + (pages == 1 ? "" : "s"),
                    mediaType);
        }
        return new Decoding.Text(html.html(), null, mediaType, "text/html", null, tally.facts(ocr.engine()));
    }

    /** One page of an image file, decoded, with the resolution it was scanned at and its index (0-based). */
    @FunctionalInterface
    interface PageVisitor {
        void page(BufferedImage image, double dpi, int index) throws Exception;
    }

    /** An image file that no image reader can read. */
    static final class Damaged extends Exception {
        Damaged(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Decodes the image file's pages one at a time and hands each to {@code visitor}: the number of pages is checked
     * against {@code maxPages} and each page's size against {@link ReadLimits#pagePixels()} as the file declares them,
     * before a page is decoded ({@link ReadLimits.Exceeded}); pages narrower than {@code minWidth} or lower than
     * {@code minHeight} pixels are passed over undecoded. Returns the number of pages handed to the visitor.
     */
    static int eachPage(byte[] bytes, String mediaType, ReadLimits limits, int maxPages, int minWidth, int minHeight,
                        PageVisitor visitor) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Damaged("damaged " + mediaType + ": no image could be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                int pages = reader.getNumImages(true);
                if (pages > maxPages) {
                    throw ReadLimits.over(pages, "pages to read by OCR", limits.ocrPages());
                }
                int visited = 0;
                for (int i = 0; i < pages; i++) {
                    if (reader.getWidth(i) < minWidth || reader.getHeight(i) < minHeight) {
                        continue;
                    }
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    if (pixels > limits.pagePixels()) {
                        throw ReadLimits.over(pixels, "pixels in one page image", limits.pagePixels());
                    }
                    double dpi = dpi(reader.getImageMetadata(i), reader.getWidth(i), reader.getHeight(i));
                    visitor.page(reader.read(i), dpi, i);
                    visited++;
                }
                return visited;
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * The image's resolution from its metadata (the standard tree's HorizontalPixelSize, in millimetres per pixel);
     * without one, that of a portrait A4 page as wide as the image's shorter side.
     */
    static double dpi(IIOMetadata metadata, int width, int height) {
        try {
            if (metadata != null && metadata.isStandardMetadataFormatSupported()) {
                Node root = metadata.getAsTree("javax_imageio_1.0");
                for (Node dimension = root.getFirstChild(); dimension != null; dimension = dimension.getNextSibling()) {
                    if (!"Dimension".equals(dimension.getNodeName())) {
                        continue;
                    }
                    for (Node n = dimension.getFirstChild(); n != null; n = n.getNextSibling()) {
                        if ("HorizontalPixelSize".equals(n.getNodeName())) {
                            double mm = Double.parseDouble(n.getAttributes().getNamedItem("value").getNodeValue());
                            double dpi = 25.4 / mm;
                            if (dpi >= 50 && dpi <= 1200) {
                                return dpi;
                            }
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            // metadata that cannot be read says nothing about the resolution
        }
        return Math.min(width, height) / A4_WIDTH_INCHES;
    }
}
