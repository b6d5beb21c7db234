package nianbao.ingest.decoding;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import nianbao.ingest.config.IngestConfig;
import nianbao.ingest.messaging.ReportReader;
import nianbao.ingest.ocr.Images;
import nianbao.ingest.ocr.Tesseract;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scanned reports read by OCR with the Tesseract installed here (deploy/system-packages.sh installs it): the table page
 * of a seed, printed by its fixture PDF, scanned as an image-only PDF (clean, and with the noise of a cheap scanner) and
 * as a PNG turned by 2°, all at 300 dpi, is read back into the same table as its text layer, every number handed on the
 * one printed in that place and every other marked uncertain; the same page as a picture inside a CMS web page is read
 * in the picture's place; a stained number is marked with its page and box; without Tesseract at the configured
 * command a scan is refused as before. Six small pages of OCR in all; the corpus is measured by
 * ingest-service/bench/ocr-accuracy.sh.
 */
class ScannedReportsTest {

    private static final String FIXTURE = "001_f44f10d947acded0.pdf";
    private static final int TABLE_PAGE = 1;
    private static final Duration HANG = Duration.ofMinutes(3);
    private static final Pattern BOX = Pattern.compile("page 1, x=(\\d+) y=(\\d+) w=(\\d+) h=(\\d+)");
    private static Ocr ocr;
    private static List<List<Element>> textLayer;

    @BeforeAll
    static void tesseract() throws IOException {
        Tesseract tesseract = Tesseract.find("tesseract").orElse(null);
        assumeTrue(tesseract != null, "tesseract with chi_sim and eng is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)");
        ocr = Ocr.with(tesseract, null);
        textLayer = cells(((Decoding.Text) DocumentReader.read(ScanFixtures.textPage(FIXTURE, TABLE_PAGE))).text());
    }

    @Test
    void aScannedPdfIsReadIntoTheTablesOfItsTextLayer() throws IOException {
        byte[] scan = ScanFixtures.scannedPdf(300, ScanFixtures.page(FIXTURE, TABLE_PAGE, 300));

        Decoding decoding = assertTimeoutPreemptively(HANG, () -> DocumentReader.read(scan, ReadLimits.DEFAULTS, ocr));

        assertThat(decoding).isInstanceOfSatisfying(Decoding.Text.class, text -> {
            assertThat(text.mediaType()).isEqualTo(DocumentReader.PDF);
            assertThat(text.contentType()).isEqualTo("text/html");
            assertThat(text.ocr().pages()).isEqualTo(1);
            assertThat(text.ocr().engine()).startsWith("tesseract 5.");
            assertThat(text.ocr().meanConfidence()).isBetween(60.0, 100.0);
            assertThat(text.ocr().seconds()).isPositive();
            assertReadAsTheTextLayer(text.text(), 0.9, "page 1");
        });
    }

    @Test
    void aNoisyScanIsReadAsWellAsACleanOne() throws IOException {
        byte[] scan = ScanFixtures.scannedPdf(300, ScanFixtures.noisy(ScanFixtures.page(FIXTURE, TABLE_PAGE, 300), 16));

        Decoding decoding = assertTimeoutPreemptively(HANG, () -> DocumentReader.read(scan, ReadLimits.DEFAULTS, ocr));

        assertThat(decoding).isInstanceOfSatisfying(Decoding.Text.class, text -> assertReadAsTheTextLayer(text.text(), 0.9, "page 1"));
    }

    @Test
    void aTurnedPngIsStraightenedAndRead() throws IOException {
        byte[] png = ScanFixtures.png(Images.rotate(ScanFixtures.page(FIXTURE, TABLE_PAGE, 300), 2.0));

        Decoding decoding = assertTimeoutPreemptively(HANG, () -> DocumentReader.read(png, ReadLimits.DEFAULTS, ocr));

        assertThat(decoding).isInstanceOfSatisfying(Decoding.Text.class, text -> {
            assertThat(text.mediaType()).isEqualTo("image/png");
            assertThat(text.ocr().pages()).isEqualTo(1);
            assertThat(text.dates()).isNull();
            assertReadAsTheTextLayer(text.text(), 0.9, "page 1");
        });
    }

    @Test
    void aStainedNumberIsMarkedUncertainWithItsPageAndBoxAndTheCleanNumbersAreRead() throws IOException {
        String[][] rows = {{"项目", "本年新增", "累计"}, {"主动公开规章", "128", "2,929"}, {"行政许可", "57", "306"}, {"行政处罚", "43", "1015"}};
        BufferedImage page = ScanFixtures.ruledTable(rows);
        ScanFixtures.Box stained = ScanFixtures.cell(2, 2);
        ScanFixtures.stain(page, stained);
        byte[] png = ScanFixtures.png(page);

        Decoding decoding = assertTimeoutPreemptively(HANG, () -> DocumentReader.read(png, ReadLimits.DEFAULTS, ocr));

        assertThat(decoding).isInstanceOfSatisfying(Decoding.Text.class, text -> {
            List<List<Element>> read = cells(text.text());
            assertThat(read).extracting(List::size).containsExactly(3, 3, 3, 3);
            Element cell = read.get(2).get(2);
            assertThat(cell.attr("data-ocr")).isEqualTo("uncertain");
            assertThat(cell.text()).isNotEqualTo("306");
            Matcher box = BOX.matcher(cell.attr("data-ocr-box"));
            assertThat(box.matches()).as("box %s", cell.attr("data-ocr-box")).isTrue();
            assertThat(Integer.parseInt(box.group(1))).isCloseTo(stained.x(), within(8));
            assertThat(Integer.parseInt(box.group(2))).isCloseTo(stained.y(), within(8));
            assertThat(Integer.parseInt(box.group(3))).isCloseTo(stained.width(), within(8));
            assertThat(Integer.parseInt(box.group(4))).isCloseTo(stained.height(), within(8));
            assertThat(List.of(read.get(1).get(1), read.get(1).get(2), read.get(2).get(1), read.get(3).get(1), read.get(3).get(2)))
                    .allSatisfy(number -> assertThat(number.hasAttr("data-ocr")).as("marked: %s", number).isFalse())
                    .extracting(Element::text).containsExactly("128", "2,929", "57", "43", "1015");
            assertThat(read.get(2).get(0).text()).isEqualTo("行政许可");
        });
    }

    @Test
    void aWebPageWhoseTableIsAPictureInsideItIsReadIntoTheTablesOfItsTextLayer() throws IOException {
        String table = Base64.getEncoder().encodeToString(ScanFixtures.png(ScanFixtures.page(FIXTURE, TABLE_PAGE, 300)));
        String logo = Base64.getEncoder().encodeToString(ScanFixtures.png(new BufferedImage(120, 60, BufferedImage.TYPE_BYTE_GRAY)));
        String html = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>"
                + "<ucaptitle>某某县统计局2024年政府信息公开工作年度报告</ucaptitle><ucapcontent>"
                + "<p><img src=\"data:image/png;base64," + logo + "\" width=\"32\"></p><p>一、总体情况</p>"
                + "<p align=\"center\"><img alt=\"\" src='data:image/png;base64," + table + "'></p>"
                + "<p>&nbsp;</p><p><img src=\"/uploads/2024/page3.png\"></p></ucapcontent></body></html>";
        byte[] page = html.getBytes(Charset.forName("GB18030"));

        Decoding decoding = assertTimeoutPreemptively(HANG, () -> DocumentReader.read(page, ReadLimits.DEFAULTS, ocr));

        assertThat(decoding).isInstanceOfSatisfying(Decoding.Text.class, text -> {
            assertThat(text.contentType()).isEqualTo("text/html");
            assertThat(text.charset()).isEqualTo("GB18030");
            assertThat(text.ocr().pages()).isEqualTo(1);
            assertThat(text.text()).contains("<ucaptitle>某某县统计局2024年政府信息公开工作年度报告</ucaptitle>", "<p>一、总体情况</p>",
                    logo, "<img src=\"/uploads/2024/page3.png\">", "<div data-ocr-images=\"2\">").doesNotContain(table);
            assertReadAsTheTextLayer(text.text(), 0.9, "image 2");
        });
        assertThat(DocumentReader.read(page)).as("without OCR the page is handed on as it is")
                .isInstanceOfSatisfying(Decoding.Text.class, text -> {
                    assertThat(text.text()).isEqualTo(html);
                    assertThat(text.ocr()).isNull();
                });
    }

    @Test
    void withoutTesseractAtTheConfiguredCommandScansAreRefusedAsBefore() throws IOException {
        ReportReader reader = new ReportReader(config(Map.of("nianbao.ingest.ocr.command", "/nonexistent/tesseract")));
        BufferedImage page = ScanFixtures.ruledTable(new String[][] {{"行政许可", "57"}});

        assertThat(reader.ocrAvailable()).isFalse();
        assertThat(reader.read(ScanFixtures.scannedPdf(300, page))).isInstanceOfSatisfying(Decoding.Unreadable.class,
                refused -> assertThat(refused.reason()).isEqualTo("scanned PDF: no text layer; OCR is not installed on this server"));
        assertThat(reader.read(ScanFixtures.png(page))).isInstanceOfSatisfying(Decoding.Unreadable.class,
                refused -> assertThat(refused.reason()).isEqualTo("unsupported format: image/png (a page image: OCR is not installed on this server)"));
    }

    @Test
    void withTesseractConfiguredScansAreRead() {
        assertThat(new ReportReader(config(Map.of())).ocrAvailable()).isTrue();
    }

    /** ingest-service's settings as the service reads them, with {@code properties} over the defaults. */
    private static IngestConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(IngestConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        return config.getConfigMapping(IngestConfig.class);
    }

    /**
     * The scan's tables have the text layer's rows and columns; each cell handed on as a number is the number the text
     * layer holds there, each other number cell is marked uncertain with its page and box; at least {@code share} of the
     * number cells are read.
     */
    private static void assertReadAsTheTextLayer(String scanned, double share, String place) {
        List<List<Element>> expected = textLayer;
        List<List<Element>> read = cells(scanned);
        assertThat(read).hasSameSizeAs(expected);
        int numbers = 0;
        int taken = 0;
        List<String> wrong = new ArrayList<>();
        for (int r = 0; r < expected.size(); r++) {
            assertThat(read.get(r)).as("row %d", r).hasSameSizeAs(expected.get(r));
            for (int c = 0; c < expected.get(r).size(); c++) {
                String truth = expected.get(r).get(c).text();
                Element cell = read.get(r).get(c);
                if (!truth.matches("\\d+(\\.\\d+)?")) {
                    continue;
                }
                numbers++;
                if (cell.hasAttr("data-ocr")) {
                    assertThat(cell.attr("data-ocr")).isEqualTo("uncertain");
                    assertThat(cell.attr("data-ocr-box")).matches(place + ", x=\\d+ y=\\d+ w=\\d+ h=\\d+");
                } else if (cell.text().equals(truth)) {
                    taken++;
                } else {
                    wrong.add("row " + r + " column " + c + ": " + cell.text() + " (printed " + truth + ")");
                }
            }
        }
        assertThat(wrong).as("numbers handed on that are not the printed ones").isEmpty();
        assertThat(numbers).isGreaterThan(50);
        assertThat((double) taken / numbers).as("share of number cells read").isGreaterThanOrEqualTo(share);
    }

    private static List<List<Element>> cells(String html) {
        List<List<Element>> rows = new ArrayList<>();
        for (Element tr : Jsoup.parse(html).select("tr")) {
            rows.add(new ArrayList<>(tr.select("td")));
        }
        return rows;
    }
}
