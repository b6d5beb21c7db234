package nianbao.ingest.ocr;

/**
 * One word Tesseract read: the image it stands in ({@code image}, 0-based, for a batch of images), its box in that
 * image's pixels, its confidence (0–100) and its text. {@code block}, {@code paragraph} and {@code line} number it as
 * Tesseract laid the image out.
 */
public record Word(int image, int block, int paragraph, int line, int left, int top, int width, int height,
                   double confidence, String text) {

    public int right() {
        return left + width;
    }

    public int bottom() {
        return top + height;
    }
}
