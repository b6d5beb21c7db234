package nianbao.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A page as dark and light pixels (Otsu's threshold over the grey image), with what OCR needs of it: specks removed,
 * the page's skew, ink counted in a box, and boxes cut out as clean black-on-white images.
 */
public final class Bitmap {

    public final int width;
    public final int height;
    private final boolean[] dark;

    Bitmap(int width, int height, boolean[] dark) {
        this.width = width;
        this.height = height;
        this.dark = dark;
    }

    /**
     * The grey image binarized: dark is what is darker than Otsu's threshold, or than the paper by a fifth (so thin grey
     * rulings and light strokes count as ink on a mostly white page, where Otsu's threshold lies low).
     */
    public static Bitmap of(BufferedImage image) {
        BufferedImage gray = Images.gray(image);
        int width = gray.getWidth();
        int height = gray.getHeight();
        byte[] pixels = pixels(gray);
        int threshold = Math.max(otsu(pixels), paper(pixels) * 4 / 5);
        boolean[] dark = new boolean[width * height];
        for (int i = 0; i < dark.length; i++) {
            dark[i] = (pixels[i] & 0xFF) <= threshold;
        }
        return new Bitmap(width, height, dark);
    }

    public boolean dark(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && dark[y * width + x];
    }

    /** The same page without specks: a dark pixel with at most one dark neighbour is light. */
    public Bitmap despeckled() {
        boolean[] clean = dark.clone();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (!dark[y * width + x]) {
                    continue;
                }
                int neighbours = 0;
                for (int dy = -1; dy <= 1 && neighbours < 2; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if ((dx != 0 || dy != 0) && dark(x + dx, y + dy)) {
                            neighbours++;
                        }
                    }
                }
                clean[y * width + x] = neighbours >= 2;
            }
        }
        return new Bitmap(width, height, clean);
    }

    /**
     * The page's skew in degrees (positive: the lines fall to the right), within ±{@code max}: the angle at which the
     * rows of dark pixels are most uneven (the variance of the horizontal projection is largest), to a tenth of a degree.
     */
    public double skew(double max) {
        int step = Math.max(1, width / 1000);
        int[] xs = new int[1 << 16];
        int[] ys = new int[1 << 16];
        int n = 0;
        for (int y = 0; y < height; y += step) {
            for (int x = 0; x < width; x += step) {
                if (dark[y * width + x]) {
                    if (n == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, n * 2);
                        ys = java.util.Arrays.copyOf(ys, n * 2);
                    }
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 100) {
            return 0;
        }
        double best = 0;
        double bestScore = -1;
        for (double a = -max; a <= max + 1e-9; a += 0.1) {
            double score = profileScore(xs, ys, n, a, step);
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        double fine = best;
        for (double a = best - 0.09; a <= best + 0.09 + 1e-9; a += 0.03) {
            double score = profileScore(xs, ys, n, a, step);
            if (score > bestScore) {
                bestScore = score;
                fine = a;
            }
        }
        return Math.round(fine * 100) / 100.0;
    }

    private double profileScore(int[] xs, int[] ys, int n, double degrees, int step) {
        double t = Math.tan(Math.toRadians(degrees));
        int bins = height / step + width / step + 2;
        int offset = width / step + 1;
        int[] rows = new int[bins + offset];
        for (int i = 0; i < n; i++) {
            int row = (int) Math.round((ys[i] - xs[i] * t) / step) + offset;
            if (row >= 0 && row < rows.length) {
                rows[row]++;
            }
        }
        double sum = 0;
        for (int r : rows) {
            sum += (double) r * r;
        }
        return sum;
    }

    /** Dark pixels inside the box (clipped to the page). */
    public int ink(int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
                if (dark[y * width + x]) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The smallest box {x0, y0, x1, y1} holding the dark pixels inside the given box, or null when it has none. */
    public int[] inkBox(int x0, int y0, int x1, int y1) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
                if (dark[y * width + x]) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new int[] {minX, minY, maxX + 1, maxY + 1};
    }

    /** The box as a black-on-white grey image with {@code pad} white pixels around it. */
    public BufferedImage crop(int x0, int y0, int x1, int y1, int pad) {
        int w = Math.max(1, x1 - x0) + 2 * pad;
        int h = Math.max(1, y1 - y0) + 2 * pad;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = pixels(image);
        java.util.Arrays.fill(out, (byte) 0xFF);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (dark(x, y)) {
                    out[(y - y0 + pad) * w + (x - x0 + pad)] = 0;
                }
            }
        }
        return image;
    }

    /**
     * The box cut out of the grey page it was made from, with {@code pad} white pixels around it: grey where this page
     * has ink within a pixel (the strokes with their soft edges, which Tesseract reads better than hard black), white
     * elsewhere (specks and paper noise gone).
     */
    public BufferedImage crop(BufferedImage gray, int x0, int y0, int x1, int y1, int pad) {
        int w = Math.max(1, x1 - x0) + 2 * pad;
        int h = Math.max(1, y1 - y0) + 2 * pad;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = pixels(image);
        java.util.Arrays.fill(out, (byte) 0xFF);
        byte[] in = pixels(gray);
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
                if (dark(x, y) || dark(x - 1, y) || dark(x + 1, y) || dark(x, y - 1) || dark(x, y + 1)) {
                    out[(y - y0 + pad) * w + (x - x0 + pad)] = in[y * width + x];
                }
            }
        }
        return image;
    }

    /** The whole page as a black-on-white grey image, with the boxes {x0, y0, x1, y1} given painted white. */
    public BufferedImage image(Iterable<int[]> blanked) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = pixels(image);
        for (int i = 0; i < out.length; i++) {
            out[i] = dark[i] ? 0 : (byte) 0xFF;
        }
        for (int[] box : blanked) {
            for (int y = Math.max(0, box[1]); y < Math.min(height, box[3]); y++) {
                java.util.Arrays.fill(out, y * width + Math.max(0, box[0]), y * width + Math.min(width, box[2]), (byte) 0xFF);
            }
        }
        return image;
    }

    private static byte[] pixels(BufferedImage gray) {
        return ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    }

    /** The grey level of the paper: the most frequent one among the lighter half. */
    private static int paper(byte[] pixels) {
        long[] histogram = new long[256];
        for (byte p : pixels) {
            histogram[p & 0xFF]++;
        }
        int mode = 255;
        for (int i = 128; i < 256; i++) {
            if (histogram[i] > histogram[mode]) {
                mode = i;
            }
        }
        return mode;
    }

    /** Otsu's threshold: the grey level that best separates the histogram into ink and paper. */
    private static int otsu(byte[] pixels) {
        long[] histogram = new long[256];
        for (byte p : pixels) {
            histogram[p & 0xFF]++;
        }
        long total = pixels.length;
        double sumAll = 0;
        for (int i = 0; i < 256; i++) {
            sumAll += (double) i * histogram[i];
        }
        double sumBelow = 0;
        long below = 0;
        double best = -1;
        int threshold = 127;
        for (int t = 0; t < 256; t++) {
            below += histogram[t];
            if (below == 0) {
                continue;
            }
            long above = total - below;
            if (above == 0) {
                break;
            }
            sumBelow += (double) t * histogram[t];
            double meanBelow = sumBelow / below;
            double meanAbove = (sumAll - sumBelow) / above;
            double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }
}
