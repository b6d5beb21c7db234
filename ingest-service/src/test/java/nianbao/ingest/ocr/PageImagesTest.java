package nianbao.ingest.ocr;

import org.junit.jupiter.api.Test;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The image work before OCR: binarizing, removing specks, finding the skew and the ruling lines of a page. */
class PageImagesTest {

    @Test
    void aRuledGridIsFoundAsItsLinesAndTextStrokesAreNot() {
        List<Rulings.Line> lines = Rulings.find(Bitmap.of(grid()).despeckled(), 100, 12, 5000);

        assertThat(lines.stream().filter(Rulings.Line::horizontal).toList()).hasSize(5)
                .allSatisfy(l -> assertThat(l.to() - l.from()).isBetween(1590, 1610));
        assertThat(lines.stream().filter(l -> !l.horizontal()).toList()).hasSize(4)
                .allSatisfy(l -> assertThat(l.to() - l.from()).isBetween(790, 810));
    }

    @Test
    void aRulingBrokenByNoiseIsStillOneLine() {
        BufferedImage page = grid();
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(900, 395, 6, 10);
        g.dispose();

        List<Rulings.Line> lines = Rulings.find(Bitmap.of(page).despeckled(), 100, 12, 5000);

        assertThat(lines.stream().filter(Rulings.Line::horizontal).toList()).hasSize(5)
                .allSatisfy(l -> assertThat(l.to() - l.from()).isBetween(1590, 1610));
    }

    @Test
    void moreLinesThanTheBudgetAreOverTheLimit() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rulings.find(Bitmap.of(grid()).despeckled(), 100, 12, 8))
                .isInstanceOf(OcrFailure.class).hasMessage("over limit: more than 8 lines drawn on one page image");
    }

    @Test
    void thinGreyRulingsOnWhitePaperAreInk() {
        BufferedImage page = blank(400, 300);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(140, 140, 140));
        g.fillRect(20, 150, 360, 1);
        g.setColor(Color.BLACK);
        g.fillRect(50, 50, 30, 30);
        g.dispose();

        assertThat(Bitmap.of(page).dark(200, 150)).isTrue();
    }

    @Test
    void specksGoAndStrokesStay() {
        BufferedImage page = blank(200, 200);
        page.getRaster().setSample(30, 30, 0, 0);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(100, 50, 2, 100);
        g.dispose();

        Bitmap clean = Bitmap.of(page).despeckled();

        assertThat(clean.dark(30, 30)).isFalse();
        assertThat(clean.ink(100, 50, 102, 150)).isEqualTo(200);
    }

    @Test
    void theSkewOfATurnedPageIsMeasuredAndTurningItBackStraightensIt() {
        BufferedImage turned = Images.rotate(grid(), 2.0);

        double skew = Bitmap.of(turned).despeckled().skew(5);

        assertThat(skew).isCloseTo(2.0, within(0.15));
        assertThat(Bitmap.of(Images.rotate(turned, -skew)).despeckled().skew(5)).isCloseTo(0.0, within(0.15));
    }

    @Test
    void aCropKeepsTheStrokesAndDropsTheSpecksAroundThem() {
        BufferedImage page = blank(200, 100);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(50, 30, 4, 40);
        g.dispose();
        page.getRaster().setSample(120, 50, 0, 0);
        Bitmap bitmap = Bitmap.of(page).despeckled();

        BufferedImage crop = bitmap.crop(page, 40, 20, 160, 80, 12);

        assertThat(crop.getWidth()).isEqualTo(120 + 24);
        assertThat(crop.getRaster().getSample(12 + 10, 12 + 20, 0)).isZero();
        assertThat(crop.getRaster().getSample(12 + 80, 12 + 30, 0)).isEqualTo(255);
    }

    @Test
    void aPrintedPageHasNoGrainAndANoisyScanHas() {
        assertThat(Noise.noisy(grid())).isFalse();
        assertThat(Noise.spread(grid())).isLessThan(1.0);
        assertThat(Noise.noisy(noisy(grid(), 1))).isTrue();
    }

    @Test
    void theMedianTakesTheNoiseAndTheSpecksAndKeepsTheStrokes() {
        BufferedImage page = blank(400, 300);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(100, 50, 4, 200);
        g.fillRect(150, 148, 200, 4);
        g.dispose();

        Bitmap clean = Bitmap.of(Noise.median(noisy(page, 2)));

        assertThat(clean.ink(100, 50, 104, 250)).isGreaterThanOrEqualTo(790);
        assertThat(clean.ink(150, 148, 350, 152)).isGreaterThanOrEqualTo(790);
        assertThat(clean.ink(0, 0, 400, 300) - clean.ink(100, 50, 104, 250) - clean.ink(150, 148, 350, 152)).isLessThan(20);
    }

    @Test
    void thinGreyRulingsUnderNoiseAreFoundWholeAlongTheirLength() {
        BufferedImage page = noisy(grid(1, new Color(185, 185, 185)), 3);

        List<Rulings.Line> lines = Rulings.find(Noise.lines(page, true), Noise.lines(page, false), 100, 12, 5000);

        assertThat(lines.stream().filter(Rulings.Line::horizontal).toList()).hasSize(5)
                .allSatisfy(l -> assertThat(l.to() - l.from()).isBetween(1590, 1610));
        assertThat(lines.stream().filter(l -> !l.horizontal()).toList()).hasSize(4)
                .allSatisfy(l -> assertThat(l.to() - l.from()).isBetween(790, 810));
        assertThat(Rulings.find(Bitmap.of(page).despeckled(), 100, 12, 5000).stream()
                .filter(l -> l.horizontal() && l.to() - l.from() >= 1590).toList())
                .as("the same lines binarized pixel by pixel, broken by the noise").hasSizeLessThan(5);
    }

    @Test
    void linesOfTextUnderNoiseAreNoRulings() {
        BufferedImage page = blank(2000, 1200);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 42));
        for (int row = 0; row < 12; row++) {
            g.drawString("2,929 1015 128 306 57 43 3.5 8,812 61 90 7 4,400 12 0 36 51 2,020 77 15", 100, 150 + row * 80);
        }
        g.dispose();
        BufferedImage scan = noisy(page, 4);

        assertThat(Rulings.find(Noise.lines(scan, true), Noise.lines(scan, false), 100, 12, 5000)).isEmpty();
    }

    /** The page with grey noise (σ 24) and a dark speck in one pixel of 400, as a cheap scanner gives it back. */
    private static BufferedImage noisy(BufferedImage page, long seed) {
        return ScannerNoise.add(page, new Random(seed));
    }

    /** A 4 × 3 table of 1600 × 800 pixels with a few text-like strokes in its cells. */
    private static BufferedImage grid() {
        return grid(3, Color.BLACK);
    }

    /** The same table ruled {@code width} pixels thick in {@code ink}. */
    private static BufferedImage grid(int width, Color ink) {
        BufferedImage page = blank(2000, 1200);
        Graphics2D g = page.createGraphics();
        g.setColor(ink);
        g.setStroke(new BasicStroke(width));
        for (int r = 0; r <= 4; r++) {
            g.drawLine(200, 200 + r * 200, 1800, 200 + r * 200);
        }
        for (int c = 0; c <= 3; c++) {
            g.drawLine(200 + c * 533, 200, 200 + c * 533, 1000);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4));
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            int x = 250 + random.nextInt(1400);
            int y = 240 + random.nextInt(700);
            g.drawLine(x, y, x + 30, y);
            g.drawLine(x + 15, y - 15, x + 15, y + 25);
        }
        g.dispose();
        return page;
    }

    private static BufferedImage blank(int width, int height) {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return page;
    }
}
