package nianbao.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * The grain of a scanned page's paper, measured, and what sees through it: a 3×3 median for where the page's strokes
 * are, and a mean along the rows (or columns) for its ruling lines, which a median would erase where they are one pixel
 * thin. A clean page (printed, or scanned on a good scanner) is not touched: {@link #noisy} says it is clean.
 */
public final class Noise {

    /** The paper's spread (about its standard deviation, in grey levels) from which a page is noisy. */
    static final double NOISY = 3;
    /** Grey levels below the paper that still count as paper (its grain) when the spread is measured. */
    private static final int GRAIN = 48;
    /** Pixels along a line averaged when its rulings are looked for. */
    static final int ALONG = 15;
    /** How many times the smoothed paper's spread a ruling must lie below the paper. */
    private static final double LINE_CONTRAST = 6;

    private Noise() {
    }

    /**
     * The spread of the paper's grey levels: the mean distance from the paper level (the most frequent among the lighter
     * half) of the pixels within {@value #GRAIN} levels of it, scaled to a standard deviation. 0 for a printed page,
     * a few levels for a good scan; noise of σ 24 (clipped at white) measures about 13.
     */
    public static double spread(BufferedImage gray) {
        return spread(histogram(pixels(Images.gray(gray))));
    }

    /** Whether the page's paper is grainy enough to be cleaned before it is binarized. */
    public static boolean noisy(BufferedImage gray) {
        return spread(gray) >= NOISY;
    }

    /** The grey image through a 3×3 median (the border pixels take the median of their neighbours inside the image). */
    public static BufferedImage median(BufferedImage gray) {
        BufferedImage in = Images.gray(gray);
        int width = in.getWidth();
        int height = in.getHeight();
        byte[] src = pixels(in);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = pixels(out);
        int[] window = new int[9];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int n = 0;
                for (int yy = Math.max(0, y - 1); yy <= Math.min(height - 1, y + 1); yy++) {
                    int row = yy * width;
                    for (int xx = Math.max(0, x - 1); xx <= Math.min(width - 1, x + 1); xx++) {
                        window[n++] = src[row + xx] & 0xFF;
                    }
                }
                dst[y * width + x] = (byte) select(window, n);
            }
        }
        return out;
    }

    /**
     * The ink of the page's lines along rows ({@code horizontal}) or columns: the grey image averaged over
     * {@value #ALONG} pixels in that direction, dark where the average lies below the averaged paper by
     * {@value #LINE_CONTRAST} times its spread (at least a sixteenth of the paper). The grain averages out along the
     * line while a thin grey ruling does not, so the ruling stays one unbroken run; text strokes stay shorter than a
     * ruling.
     */
    public static Bitmap lines(BufferedImage gray, boolean horizontal) {
        BufferedImage in = Images.gray(gray);
        int width = in.getWidth();
        int height = in.getHeight();
        byte[] src = pixels(in);
        byte[] mean = new byte[width * height];
        int outer = horizontal ? height : width;
        int inner = horizontal ? width : height;
        int half = ALONG / 2;
        for (int o = 0; o < outer; o++) {
            int sum = 0;
            int count = 0;
            for (int i = -half; i < inner + half; i++) {
                int enter = i + half;
                if (enter < inner) {
                    sum += src[index(horizontal, o, enter, width)] & 0xFF;
                    count++;
                }
                int leave = i - half - 1;
                if (leave >= 0) {
                    sum -= src[index(horizontal, o, leave, width)] & 0xFF;
                    count--;
                }
                if (i >= 0 && i < inner) {
                    mean[index(horizontal, o, i, width)] = (byte) Math.round((float) sum / count);
                }
            }
        }
        long[] histogram = new long[256];
        for (byte m : mean) {
            histogram[m & 0xFF]++;
        }
        int paper = paper(histogram);
        int threshold = (int) Math.floor(paper - Math.max(paper / 16.0, LINE_CONTRAST * spread(histogram)));
        boolean[] dark = new boolean[mean.length];
        for (int i = 0; i < dark.length; i++) {
            dark[i] = (mean[i] & 0xFF) <= threshold;
        }
        return new Bitmap(width, height, dark);
    }

    private static int index(boolean horizontal, int o, int i, int width) {
        return horizontal ? o * width + i : i * width + o;
    }

    /** The median of the first {@code n} values (insertion sort: n is at most 9). */
    private static int select(int[] values, int n) {
        for (int i = 1; i < n; i++) {
            int v = values[i];
            int j = i - 1;
            while (j >= 0 && values[j] > v) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = v;
        }
        return values[n / 2];
    }

    /** The mean distance from the paper level of the grey levels within {@value #GRAIN} of it, as a standard deviation. */
    private static double spread(long[] histogram) {
        int paper = paper(histogram);
        long count = 0;
        double sum = 0;
        for (int v = Math.max(0, paper - GRAIN); v < 256; v++) {
            count += histogram[v];
            sum += (double) histogram[v] * Math.abs(v - paper);
        }
        return count == 0 ? 0 : 1.2533 * sum / count;
    }

    private static long[] histogram(byte[] pixels) {
        long[] histogram = new long[256];
        for (byte p : pixels) {
            histogram[p & 0xFF]++;
        }
        return histogram;
    }

    /** The paper's grey level: the most frequent among the lighter half. */
    private static int paper(long[] histogram) {
        int mode = 255;
        for (int i = 128; i < 256; i++) {
            if (histogram[i] > histogram[mode]) {
                mode = i;
            }
        }
        return mode;
    }

    private static byte[] pixels(BufferedImage gray) {
        return ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    }
}
