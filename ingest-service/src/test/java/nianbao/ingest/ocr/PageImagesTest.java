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

    /** A 4 × 3 table of 1600 × 800 pixels with a few text-like strokes in its cells. */
    private static BufferedImage grid() {
        BufferedImage page = blank(2000, 1200);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        for (int r = 0; r <= 4; r++) {
            g.drawLine(200, 200 + r * 200, 1800, 200 + r * 200);
        }
        for (int c = 0; c <= 3; c++) {
            g.drawLine(200 + c * 533, 200, 200 + c * 533, 1000);
        }
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
