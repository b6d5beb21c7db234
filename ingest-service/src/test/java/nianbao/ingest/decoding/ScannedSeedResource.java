package nianbao.ingest.decoding;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes deploy/e2e's scanned report (ScannedReportEndToEndIT): seed 001 printed at 300 dpi, a drop of ink over the 41st
 * digit of its table page, saved black and white (CCITT G4) as an image-only PDF, as a document scanner saves it. Not a
 * test of the default run (no *Test name): {@code mvn -pl ingest-service test -Dtest=ScannedSeedResource
 * -Dscanned.out=$PWD/deploy/e2e/src/test/resources/scanned/001_f44f10d947acded0.scanned.pdf}.
 */
class ScannedSeedResource {

    private static final String FIXTURE = "001_f44f10d947acded0.pdf";
    private static final int TABLE_PAGE = 1;
    private static final int STAINED_DIGIT = 40;
    private static final int DPI = 300;
    /** Grey darker than this is black in the black-and-white scan (the seed's rulings print at 128). */
    private static final int BLACK = 190;

    @Test
    void write() throws IOException {
        String out = System.getProperty("scanned.out");
        Assumptions.assumeTrue(out != null && !out.isBlank(), "set -Dscanned.out to the file to write");
        List<BufferedImage> pages = new ArrayList<>();
        TextPosition digit;
        try (PDDocument document = Loader.loadPDF(FixtureFormatsTest.fixture(FIXTURE))) {
            digit = digits(document).get(STAINED_DIGIT);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY));
            }
        }
        int x = Math.round((digit.getXDirAdj() + digit.getWidthDirAdj() / 2) * DPI / 72f);
        int y = Math.round((digit.getYDirAdj() - digit.getHeightDir() / 2) * DPI / 72f);
        ScanFixtures.stain(pages.get(TABLE_PAGE), new ScanFixtures.Box(x - 40, y - 30, 80, 60));
        Files.write(Path.of(out), blackAndWhitePdf(pages));
    }

    /** The digits printed on the table page, in reading order. */
    private static List<TextPosition> digits(PDDocument document) throws IOException {
        List<TextPosition> digits = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.stream().filter(p -> p.getUnicode().matches("\\d")).forEach(digits::add);
            }
        };
        stripper.setStartPage(TABLE_PAGE + 1);
        stripper.setEndPage(TABLE_PAGE + 1);
        stripper.getText(document);
        return digits;
    }

    private static byte[] blackAndWhitePdf(List<BufferedImage> pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (BufferedImage image : pages) {
                PDRectangle box = new PDRectangle(image.getWidth() * 72f / DPI, image.getHeight() * 72f / DPI);
                PDPage page = new PDPage(box);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(CCITTFactory.createFromImage(document, blackAndWhite(image)), 0, 0, box.getWidth(), box.getHeight());
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static BufferedImage blackAndWhite(BufferedImage gray) {
        BufferedImage bw = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < gray.getHeight(); y++) {
            for (int x = 0; x < gray.getWidth(); x++) {
                bw.setRGB(x, y, gray.getRaster().getSample(x, y, 0) < BLACK ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return bw;
    }
}
