package nianbao.ingest.decoding;

import nianbao.ingest.ocr.Images;
import nianbao.ingest.ocr.ScannerNoise;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

/**
 * Scans made from the seed fixture PDFs (a page printed at some resolution, as an image-only PDF or a PNG) and of a small
 * ruled table drawn here, stained where a test needs a cell OCR cannot read.
 */
final class ScanFixtures {

    private static final int A4_WIDTH = 2480;
    private static final int A4_HEIGHT = 3508;
    private static final int TABLE_LEFT = 300;
    private static final int TABLE_TOP = 600;
    private static final int LABEL_WIDTH = 900;
    private static final int NUMBER_WIDTH = 420;
    private static final int ROW_HEIGHT = 110;

    private ScanFixtures() {
    }

    /** Page {@code index} (0-based) of a fixture PDF as a grey image at {@code dpi}. */
    static BufferedImage page(String fixture, int index, int dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(FixtureFormatsTest.fixture(fixture))) {
            return new PDFRenderer(document).renderImageWithDPI(index, dpi, ImageType.GRAY);
        }
    }

    /** The same page alone, with its text layer, as a one-page PDF. */
    static byte[] textPage(String fixture, int index) throws IOException {
        try (PDDocument document = Loader.loadPDF(FixtureFormatsTest.fixture(fixture)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = document.getNumberOfPages() - 1; i >= 0; i--) {
                if (i != index) {
                    document.removePage(i);
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** An image-only PDF of the images, each an A4-sized page at {@code dpi}. */
    static byte[] scannedPdf(int dpi, BufferedImage... pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (BufferedImage image : pages) {
                PDRectangle box = new PDRectangle(image.getWidth() * 72f / dpi, image.getHeight() * 72f / dpi);
                PDPage page = new PDPage(box);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(LosslessFactory.createFromImage(document, Images.gray(image)), 0, 0, box.getWidth(), box.getHeight());
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * An A4 page at 300 dpi with one ruled table printed on it, a row per array, the first column wide (labels), the
     * others narrow (numbers), each cell's text centred in 10-point type.
     */
    static BufferedImage ruledTable(String[][] rows) {
        BufferedImage page = new BufferedImage(A4_WIDTH, A4_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, A4_WIDTH, A4_HEIGHT);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 42));
        g.setStroke(new BasicStroke(3));
        FontMetrics metrics = g.getFontMetrics();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Box box = cell(r, c);
                g.drawRect(box.x(), box.y(), box.width(), box.height());
                int x = box.x() + (box.width() - metrics.stringWidth(rows[r][c])) / 2;
                int y = box.y() + (box.height() + metrics.getAscent() - metrics.getDescent()) / 2;
                g.drawString(rows[r][c], x, y);
            }
        }
        g.dispose();
        return page;
    }

    /** Where {@link #ruledTable} draws cell ({@code row}, {@code column}), in pixels. */
    static Box cell(int row, int column) {
        int x = TABLE_LEFT + (column == 0 ? 0 : LABEL_WIDTH + (column - 1) * NUMBER_WIDTH);
        return new Box(x, TABLE_TOP + row * ROW_HEIGHT, column == 0 ? LABEL_WIDTH : NUMBER_WIDTH, ROW_HEIGHT);
    }

    /** An ink stain over the middle of a cell's text, as a drop of ink on the printed page makes it. */
    static void stain(BufferedImage page, Box cell) {
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(40, 40, 40));
        g.fillOval(cell.x() + cell.width() / 2 - 30, cell.y() + cell.height() / 2 - 26, 70, 50);
        g.dispose();
    }

    /**
     * The page as a cheap scanner or a fax gives it back: grey noise (σ 24) and a dark speck in one pixel of 400, drawn
     * from {@code seed} (the noise of the OCR bench's noisy renderings).
     */
    static BufferedImage noisy(BufferedImage page, long seed) {
        return ScannerNoise.add(page, new Random(seed));
    }

    /** A box of a page image in pixels. */
    record Box(int x, int y, int width, int height) {
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
