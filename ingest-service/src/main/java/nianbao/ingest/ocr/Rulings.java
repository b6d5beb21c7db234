package nianbao.ingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ruling lines of a page image: long horizontal and vertical runs of dark pixels (a gap of a few pixels bridged, as
 * scans break thin lines), grouped with the runs beside them into one line of some thickness. Text strokes are shorter
 * than the minimum length; filled areas are thicker than the maximum.
 */
public final class Rulings {

    /** A horizontal line at row {@code at} from column {@code from} to {@code to} (pixels), or a vertical one. */
    public record Line(boolean horizontal, int at, int from, int to, int thickness) {
    }

    private static final int GAP = 3;
    /** How far beside a line (past its half thickness) the paper is looked at, and how much ink it may show there. */
    private static final int[] BESIDE = {2, 3};
    private static final double BESIDE_INK = 0.3;

    private Rulings() {
    }

    /** The lines at least {@code minLength} pixels long and at most {@code maxThickness} thick; at most {@code maxLines}. */
    public static List<Line> find(Bitmap page, int minLength, int maxThickness, int maxLines) {
        return find(page, page, minLength, maxThickness, maxLines);
    }

    /**
     * The same, the horizontal lines looked for in {@code rows} and the vertical ones in {@code columns} (the ink of a
     * noisy page averaged along each direction: {@link Noise#lines}).
     */
    public static List<Line> find(Bitmap rows, Bitmap columns, int minLength, int maxThickness, int maxLines) {
        List<Line> lines = new ArrayList<>();
        lines.addAll(joined(scan(rows, true, minLength, maxThickness), maxThickness));
        lines.addAll(joined(scan(columns, false, minLength, maxThickness), maxThickness));
        if (rows != columns) {
            lines.removeIf(line -> !isolated(line, line.horizontal() ? rows : columns));
        }
        if (lines.size() > maxLines) {
            throw new OcrFailure("over limit: more than " + maxLines + " lines drawn on one page image", true);
        }
        return lines;
    }

    /**
     * The lines with two long pieces of one line joined: pieces in the same row (or column, within their thickness)
     * with at most {@code maxGap} pixels between them, as noise or a speck removed breaks a thin ruling. Text cannot
     * make such a pair: each piece is at least the minimum length.
     */
    static List<Line> joined(List<Line> lines, int maxGap) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingInt(Line::at).thenComparingInt(Line::from));
        List<Line> out = new ArrayList<>();
        for (Line line : sorted) {
            int last = out.size() - 1;
            Line before = last < 0 ? null : out.get(last);
            if (before != null && Math.abs(before.at() - line.at()) <= Math.max(1, Math.max(before.thickness(), line.thickness()) / 2)
                    && line.from() - before.to() <= maxGap && line.from() > before.from()) {
                out.set(last, new Line(before.horizontal(), before.at(), before.from(), Math.max(before.to(), line.to()),
                        Math.max(before.thickness(), line.thickness())));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * Whether the line has paper on both sides: a few pixels above and below it (left and right of a vertical one) at
     * most {@value #BESIDE_INK} of the pixels along it are dark. A piece of a line of text, which averaged along its row
     * is as dark as a ruling, has more text beside it.
     */
    private static boolean isolated(Line line, Bitmap ink) {
        for (int beside : BESIDE) {
            int off = (line.thickness() + 1) / 2 + beside;
            if (beside(line, ink, line.at() - off) > BESIDE_INK || beside(line, ink, line.at() + off) > BESIDE_INK) {
                return false;
            }
        }
        return true;
    }

    private static double beside(Line line, Bitmap ink, int at) {
        int dark = 0;
        for (int i = line.from(); i <= line.to(); i++) {
            if (line.horizontal() ? ink.dark(i, at) : ink.dark(at, i)) {
                dark++;
            }
        }
        return (double) dark / (line.to() - line.from() + 1);
    }

    /** Runs along rows (horizontal) or columns, merged with overlapping runs of the next rows into lines. */
    private static List<Line> scan(Bitmap page, boolean horizontal, int minLength, int maxThickness) {
        int outer = horizontal ? page.height : page.width;
        int inner = horizontal ? page.width : page.height;
        List<int[]> open = new ArrayList<>(); // {firstRow, lastRow, from, to, sumOfRows, rowsCount}
        List<Line> lines = new ArrayList<>();
        for (int o = 0; o <= outer; o++) {
            List<int[]> runs = o < outer ? runs(page, horizontal, o, inner, minLength) : List.of();
            List<int[]> next = new ArrayList<>();
            for (int[] run : runs) {
                int[] joined = null;
                for (int[] line : open) {
                    if (line[1] == o - 1 && run[0] <= line[3] && line[2] <= run[1]) {
                        joined = line;
                        break;
                    }
                }
                if (joined == null) {
                    next.add(new int[] {o, o, run[0], run[1], o, 1});
                } else {
                    open.remove(joined);
                    joined[1] = o;
                    joined[2] = Math.min(joined[2], run[0]);
                    joined[3] = Math.max(joined[3], run[1]);
                    joined[4] += o;
                    joined[5]++;
                    next.add(joined);
                }
            }
            for (int[] line : open) {
                int thickness = line[1] - line[0] + 1;
                if (thickness <= maxThickness) {
                    lines.add(new Line(horizontal, Math.round((float) line[4] / line[5]), line[2], line[3], thickness));
                }
            }
            open = next;
        }
        return lines;
    }

    /** The runs {from, to} of dark pixels at least {@code minLength} long along one row or column. */
    private static List<int[]> runs(Bitmap page, boolean horizontal, int o, int inner, int minLength) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int lastDark = -1;
        for (int i = 0; i <= inner; i++) {
            boolean dark = i < inner && (horizontal ? page.dark(i, o) : page.dark(o, i));
            if (dark) {
                if (start < 0 || i - lastDark > GAP + 1) {
                    if (start >= 0 && lastDark - start + 1 >= minLength) {
                        runs.add(new int[] {start, lastDark});
                    }
                    start = i;
                }
                lastDark = i;
            }
        }
        if (start >= 0 && lastDark - start + 1 >= minLength) {
            runs.add(new int[] {start, lastDark});
        }
        return runs;
    }
}
