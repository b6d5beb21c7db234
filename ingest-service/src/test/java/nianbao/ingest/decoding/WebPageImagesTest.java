package nianbao.ingest.decoding;

import nianbao.ingest.ocr.Tesseract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pictures inside a web page that are not read, and pages that try to make reading them costly: what holds no table
 * stays in the page as it is, a page over the budget is refused with it, and nothing here reaches Tesseract (a picture
 * read by OCR: ScannedReportsTest). Every read runs under a hang guard (catches endless work, not a speed claim).
 */
class WebPageImagesTest {

    private static final Duration HANG = Duration.ofSeconds(60);
    private static Ocr ocr;

    @BeforeAll
    static void tesseract() {
        Tesseract tesseract = Tesseract.find("tesseract").orElse(null);
        assumeTrue(tesseract != null, "tesseract with chi_sim and eng is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)");
        ocr = Ocr.with(tesseract, null);
    }

    @Test
    void iconsLinkedPicturesAndBadDataAreLeftAsTheyAre() throws IOException {
        String html = page("<p><img src=\"" + dataUrl(64, 32) + "\">关于我们</p><p><img src=\"/uploads/2024/p1.png\"></p>"
                + "<p><img src=\"data:image/png;base64,!!!not base64!!!\"><img src=\"data:image/png;base64,aGVsbG8=\"></p>");

        Decoding decoding = read(html);

        assertThat(decoding).isInstanceOfSatisfying(Decoding.Text.class, text -> {
            assertThat(text.text()).isEqualTo(html);
            assertThat(text.ocr()).isNull();
        });
    }

    @Test
    void morePicturesThanTheBoundRefuseThePage() throws IOException {
        String icon = "<img src=\"" + dataUrl(16, 16) + "\">";

        Decoding decoding = read(page(icon.repeat(WebPageImages.MAX_PICTURES + 1)));

        assertThat(decoding).isInstanceOfSatisfying(Decoding.Unreadable.class, refused -> {
            assertThat(refused.reason()).isEqualTo("over limit: more than 1000 pictures inside the web page");
            assertThat(refused.mediaType()).isEqualTo("text/html");
        });
    }

    @Test
    void aPictureOverThePixelBoundRefusesThePageBeforeItIsDecoded() throws IOException {
        Decoding decoding = read(page("<p><img src=\"" + dataUrl(5000, 4000) + "\"></p>"));

        assertThat(decoding).isInstanceOfSatisfying(Decoding.Unreadable.class,
                refused -> assertThat(refused.reason()).startsWith("over limit: 20000000 pixels in one page image"));
    }

    @Test
    void unclosedMarkupBetweenPicturesCostsOnePass() throws IOException {
        String icon = "<img src=\"" + dataUrl(16, 16) + "\">";
        String html = page(icon + "<".repeat(2_000_000) + icon + "&".repeat(1_000_000) + icon);

        assertThat(read(html)).isInstanceOfSatisfying(Decoding.Text.class, text -> assertThat(text.text()).isEqualTo(html));
    }

    private static Decoding read(String html) {
        return assertTimeoutPreemptively(HANG, () -> DocumentReader.read(html.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULTS, ocr));
    }

    private static String page(String content) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>年度报告</title></head><body><div class=\"content\">"
                + content + "</div></body></html>";
    }

    private static String dataUrl(int width, int height) throws IOException {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(ScanFixtures.png(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY)));
    }
}
