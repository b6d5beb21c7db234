package nianbao.ingest.decoding;

import nianbao.ingest.decoding.PdfGlyphs.Glyph;
import nianbao.ingest.decoding.PdfRulings.Ruling;
import nianbao.ingest.ocr.Bitmap;
import nianbao.ingest.ocr.Images;
import nianbao.ingest.ocr.Noise;
import nianbao.ingest.ocr.Rulings;
import nianbao.ingest.ocr.Tesseract;
import nianbao.ingest.ocr.Word;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one page image by OCR into the HTML, as {@link PdfReader} writes a page with a text layer: the page is brought
 * to 300 dpi, deskewed, binarized (a page with grainy paper through a 3×3 median, its rulings looked for in its grey
 * averaged along them: {@link Noise}) and cleaned of specks; its ruling lines give the tables' grids ({@link PdfTable});
 * every cell with ink is read on its own crop (the general pass, Chinese and Latin), and cells without Chinese again
 * with digits only ({@link OcrCell} decides); the text outside the tables is read as lines of words. Coordinates are
 * handed to the table builder in points (1/72 inch) of the page.
 */
final class ScanPage {

    static final int DPI = 300;
    static final Tesseract.Pass GENERAL = new Tesseract.Pass("chi_sim", 6, null);
    static final Tesseract.Pass DIGITS = new Tesseract.Pass("eng", 7, OcrCell.DIGITS);
    /** The second digits-only reading, as one word, for the number cells the first left uncertain. */
    static final Tesseract.Pass DIGITS_WORD = new Tesseract.Pass("eng", 8, OcrCell.DIGITS);
    private static final double POINTS = 72.0 / DPI;
    /** Rulings: at least a third of an inch long, at most a twenty-fifth thick. */
    private static final int MIN_LINE = DPI / 3;
    private static final int MAX_THICKNESS = DPI / 25;
    /** Pixels kept clear of a cell's border lines, and the fewest dark pixels that are ink rather than dirt. */
    private static final int INSET = 7;
    private static final int MIN_INK = 12;
    private static final double MAX_SKEW = 5;
    /** White pixels around a cell's crop. */
    private static final int PAD = 12;

    private final Tesseract tesseract;
    private final ReadLimits limits;
    private final OcrTally tally;

    ScanPage(Tesseract tesseract, ReadLimits limits, OcrTally tally) {
        this.tesseract = tesseract;
        this.limits = limits;
        this.tally = tally;
    }

    /** One table cell with ink: its region, its box in pixels and its crop. */
    private record InkCell(PdfTable.Region region, int[] box, BufferedImage crop) {
    }

    /**
     * Reads the page image (scanned at {@code dpi}) into {@code html}; returns the table still open at its end, as
     * {@link PdfReader#writePage} does. {@code place} names the image in the boxes of uncertain cells ("page 2", "image 1").
     */
    PdfTable read(BufferedImage image, double dpi, String place, HtmlBuilder html, PdfTable open) {
        long deadline = System.nanoTime() + Duration.ofSeconds(limits.ocrPageSeconds()).toNanos();
        Prepared prepared = prepare(image, dpi);
        image = null;
        BufferedImage gray = prepared.gray();
        // a grainy page's ink is taken through a median; its crops stay cut from its own grey (Tesseract's digits-only
        // pass reads a median's blotchy strokes worse: a "0" often not at all)
        Bitmap page = Bitmap.of(prepared.noisy() ? Noise.median(gray) : gray).despeckled();
        List<Rulings.Line> lines = prepared.noisy()
                ? Rulings.find(Noise.lines(gray, true), Noise.lines(gray, false), MIN_LINE, MAX_THICKNESS, limits.pageLines())
                : Rulings.find(page, MIN_LINE, MAX_THICKNESS, limits.pageLines());
        List<Ruling> rulings = new ArrayList<>();
        for (Rulings.Line line : lines) {
            rulings.add(new Ruling(line.horizontal(), (float) (line.at() * POINTS), (float) (line.from() * POINTS),
                    (float) (line.to() * POINTS)));
        }
        List<PdfTable> tables = PdfTable.find(rulings, limits.tableCells());
        List<InkCell> cells = new ArrayList<>();
        List<int[]> tableBoxes = new ArrayList<>();
        for (PdfTable table : tables) {
            tableBoxes.add(new int[] {px(table.xs[0]) - 2, px(table.ys[0]) - 2, px(table.xs[table.xs.length - 1]) + 3,
                    px(table.ys[table.ys.length - 1]) + 3});
            for (PdfTable.Region region : table.cells()) {
                int[] box = {px(region.left()), px(region.top()), px(region.right()), px(region.bottom())};
                int[] ink = page.inkBox(box[0] + INSET, box[1] + INSET, box[2] - INSET, box[3] - INSET);
                if (ink != null && page.ink(ink[0], ink[1], ink[2], ink[3]) >= MIN_INK) {
                    cells.add(new InkCell(region, box, page.crop(gray, ink[0], ink[1], ink[2], ink[3], PAD)));
                }
            }
        }
        List<BufferedImage> general = new ArrayList<>();
        general.add(page.image(tableBoxes));
        cells.forEach(c -> general.add(c.crop()));
        List<List<Word>> read = byImage(tesseract.read(general, GENERAL, remaining(deadline)), general.size());
        tally.page();
        read.forEach(tally::words);

        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (OcrCell.numberCandidate(read.get(i + 1))) {
                candidates.add(i);
            }
        }
        List<List<Word>> digits = byImage(tesseract.read(candidates.stream().map(i -> cells.get(i).crop()).toList(), DIGITS,
                remaining(deadline)), candidates.size());

        List<Integer> again = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            if (OcrCell.of(read.get(candidates.get(k) + 1), digits.get(k)).uncertain()) {
                again.add(k);
            }
        }
        List<List<Word>> second = byImage(tesseract.read(again.stream().map(k -> cells.get(candidates.get(k)).crop()).toList(),
                DIGITS_WORD, remaining(deadline)), again.size());

        List<Glyph> glyphs = new ArrayList<>(OcrLines.glyphs(read.get(0), POINTS));
        Map<Glyph, String> uncertain = new IdentityHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            InkCell cell = cells.get(i);
            int candidate = candidates.indexOf(i);
            int retried = again.indexOf(candidate);
            List<Word> line = candidate < 0 ? List.of() : digits.get(candidate);
            List<Word> word = retried < 0 ? List.of() : second.get(retried);
            OcrCell content = OcrCell.fromReadings(read.get(i + 1), line, word);
            if (content.text().isEmpty() && !content.uncertain()) {
                continue;
            }
            PdfTable.Region r = cell.region();
            float size = 4;
            Glyph glyph = new Glyph(content.text(), (r.left() + r.right()) / 2 - 0.5f, (r.top() + r.bottom()) / 2 + size / 4, 1, size);
            glyphs.add(glyph);
            if (content.uncertain()) {
                int[] b = cell.box();
                uncertain.put(glyph, place + ", x=" + b[0] + " y=" + b[1] + " w=" + (b[2] - b[0]) + " h=" + (b[3] - b[1]));
            }
        }
        return PdfReader.writePage(html, glyphs, tables, open, (td, inside) -> inside.stream().filter(uncertain::containsKey).findFirst()
                .ifPresent(g -> td.attr("data-ocr", "uncertain").attr("data-ocr-box", uncertain.get(g))));
    }

    /**
     * The page in grey at 300 dpi (scaled up from less, never down), deskewed (the skew measured on the page as it is: a
     * median erases the thin rulings that keep the measure steady), and whether its paper is grainy. A 150 dpi image's one-pixel grey rulings
     * may blend away in the scaling and its tables be lost (cells unread): deepening the ink first finds them, but then
     * the parser maps columns by headers OCR misreads at that resolution and gives wrong numbers (bench, issue 16).
     */
    private Prepared prepare(BufferedImage image, double dpi) {
        BufferedImage gray = Images.gray(image);
        boolean noisy = Noise.noisy(gray);
        double factor = dpi > 0 && dpi < DPI * 0.85 ? Math.min(3.0, DPI / dpi) : 1.0;
        if (factor > 1.0 && (double) gray.getWidth() * gray.getHeight() * factor * factor > limits.pagePixels()) {
            factor = Math.max(1.0, Math.sqrt((double) limits.pagePixels() / ((double) gray.getWidth() * gray.getHeight())));
        }
        if (factor > 1.01) {
            gray = Images.scale(gray, factor);
        }
        double skew = Bitmap.of(gray).despeckled().skew(MAX_SKEW);
        return new Prepared(Math.abs(skew) >= 0.1 ? Images.rotate(gray, -skew) : gray, noisy);
    }

    /** The page in grey, upright at 300 dpi, and whether its paper is grainy (measured before it was scaled or turned). */
    private record Prepared(BufferedImage gray, boolean noisy) {
    }

    private static List<List<Word>> byImage(List<Word> words, int images) {
        List<List<Word>> byImage = new ArrayList<>();
        for (int i = 0; i < images; i++) {
            byImage.add(new ArrayList<>());
        }
        for (Word w : words) {
            if (w.image() >= 0 && w.image() < images) {
                byImage.get(w.image()).add(w);
            }
        }
        return byImage;
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(1_000_000_000L, deadline - System.nanoTime()));
    }

    private static int px(float points) {
        return Math.round(points / (float) POINTS);
    }
}
