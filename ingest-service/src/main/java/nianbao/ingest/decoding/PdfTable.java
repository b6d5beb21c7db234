package nianbao.ingest.decoding;

import nianbao.ingest.decoding.PdfGlyphs.Glyph;
import nianbao.ingest.decoding.PdfRulings.Ruling;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table found on a PDF page from its border lines: column edges ({@code xs}) and row edges ({@code ys}), and
 * for each grid cell the merged region it belongs to (a missing border between two grid cells merges them).
 */
final class PdfTable {

    static final float TOLERANCE = 2f;

    final float[] xs;
    final float[] ys;
    private final int[][] owner;

    private PdfTable(float[] xs, float[] ys, List<Ruling> lines, int maxCells) {
        this.xs = xs;
        this.ys = ys;
        int rows = ys.length - 1;
        int columns = xs.length - 1;
        if ((long) rows * columns > maxCells) {
            throw ReadLimits.over((long) rows * columns, "cells in one table", maxCells);
        }
        owner = new int[rows][columns];
        int next = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                float midY = (ys[r] + ys[r + 1]) / 2;
                float midX = (xs[c] + xs[c + 1]) / 2;
                if (c > 0 && !covered(lines, false, xs[c], midY)) {
                    owner[r][c] = owner[r][c - 1];
                } else if (r > 0 && !covered(lines, true, ys[r], midX)) {
                    owner[r][c] = owner[r - 1][c];
                } else {
                    owner[r][c] = next++;
                }
            }
        }
    }

    /**
     * The tables among a page's lines: groups of crossing lines with at least two rows of edges each way; a grid of
     * more than {@code maxCells} cells is over the budget before it is built.
     */
    static List<PdfTable> find(List<Ruling> rulings, int maxCells) {
        int n = rulings.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(rulings.get(i), rulings.get(j))) {
                    group[root(group, i)] = root(group, j);
                }
            }
        }
        List<PdfTable> tables = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            List<Ruling> lines = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (root(group, i) == g) {
                    lines.add(rulings.get(i));
                }
            }
            float[] xs = edges(lines, false);
            float[] ys = edges(lines, true);
            if (xs.length >= 2 && ys.length >= 2) {
                tables.addAll(split(xs, ys, lines, maxCells));
            }
        }
        return tables;
    }

    boolean contains(Glyph glyph) {
        return glyph.centerX() >= xs[0] && glyph.centerX() <= xs[xs.length - 1]
                && glyph.centerY() >= ys[0] && glyph.centerY() <= ys[ys.length - 1];
    }

    /** True when {@code other} has the same left and right edges: the continuation of this table on the next page. */
    boolean sameFrame(PdfTable other) {
        return Math.abs(other.xs[0] - xs[0]) <= TOLERANCE
                && Math.abs(other.xs[other.xs.length - 1] - xs[xs.length - 1]) <= TOLERANCE;
    }

    /** One merged region of a row as written: its left edge, its cell, and whether its text was wrapped. */
    private record Written(float left, Element cell, boolean wrapped) {
    }

    /** The cells of the last row written, for a row that the page break split. */
    private List<Written> lastRow = List.of();

    /** Marks a written cell from what was placed in it (a scanned page's cell OCR read without confidence). */
    @FunctionalInterface
    interface CellMarker {
        CellMarker NONE = (td, inside) -> {
        };

        void mark(Element td, List<Glyph> inside);
    }

    /** One merged region of the grid: its top-left and bottom-right grid cells and its edges. */
    record Region(int row, int column, int lastRow, int lastColumn, float left, float top, float right, float bottom) {
    }

    /** Every merged region once, row by row. */
    List<Region> cells() {
        List<Region> cells = new ArrayList<>();
        for (int r = 0; r < owner.length; r++) {
            for (int[] region : regions(r)) {
                cells.add(new Region(r, region[0], region[1], region[2], xs[region[0]], ys[r], xs[region[2] + 1], ys[region[1] + 1]));
            }
        }
        return cells;
    }

    void write(HtmlBuilder html, List<Glyph> glyphs, PdfTable previous) {
        write(html, glyphs, previous, CellMarker.NONE);
    }

    /**
     * Writes the rows: each merged region once, at its top-left grid cell, with its spans and its text. When this
     * is the continuation of {@code previous} on a new page and its first row only continues text that wrapped at
     * the end of the previous page (a row split by the page break), that text is appended to the previous row. Each
     * cell written is shown to {@code marker} with its glyphs.
     */
    void write(HtmlBuilder html, List<Glyph> glyphs, PdfTable previous, CellMarker marker) {
        Map<Integer, List<Glyph>> byRegion = byRegion(glyphs);
        for (int r = 0; r < owner.length; r++) {
            List<int[]> regions = regions(r);
            if (r == 0 && previous != null && continuesRow(regions, byRegion, previous.lastRow)) {
                for (int[] region : regions) {
                    String text = PdfText.of(inside(byRegion, r, region));
                    previous.lastRow.stream().filter(w -> Math.abs(w.left() - xs[region[0]]) <= TOLERANCE && !text.isEmpty()).findFirst()
                            .ifPresent(w -> html.appendText(w.cell(), text));
                }
                lastRow = previous.lastRow;
                continue;
            }
            Element tr = html.row();
            List<Written> written = new ArrayList<>();
            for (int[] region : regions) {
                List<Glyph> inside = inside(byRegion, r, region);
                Element td = html.cell(tr, PdfText.of(inside), region[1] - r + 1, region[2] - region[0] + 1);
                marker.mark(td, inside);
                written.add(new Written(xs[region[0]], td, PdfText.reaches(inside, xs[region[2] + 1])));
            }
            lastRow = written;
        }
    }

    /** The regions starting in row r, as {first column, last row, last column}. */
    private List<int[]> regions(int r) {
        List<int[]> regions = new ArrayList<>();
        for (int c = 0; c < owner[r].length; c++) {
            int id = owner[r][c];
            if ((c > 0 && owner[r][c - 1] == id) || (r > 0 && owner[r - 1][c] == id)) {
                continue;
            }
            int lastRow = r;
            int lastColumn = c;
            while (lastRow + 1 < owner.length && owner[lastRow + 1][c] == id) {
                lastRow++;
            }
            while (lastColumn + 1 < owner[r].length && owner[r][lastColumn + 1] == id) {
                lastColumn++;
            }
            regions.add(new int[] {c, lastRow, lastColumn});
        }
        return regions;
    }

    /** The glyphs of the merged region whose top-left grid cell is row {@code r}, column {@code region[0]}. */
    private List<Glyph> inside(Map<Integer, List<Glyph>> byRegion, int r, int[] region) {
        return byRegion.getOrDefault(owner[r][region[0]], List.of());
    }

    /** The glyphs inside the grid, by the merged region they fall in (one pass, each glyph found by binary search). */
    private Map<Integer, List<Glyph>> byRegion(List<Glyph> glyphs) {
        Map<Integer, List<Glyph>> byRegion = new HashMap<>();
        for (Glyph g : glyphs) {
            int column = slot(xs, g.centerX());
            int row = slot(ys, g.centerY());
            if (column >= 0 && row >= 0) {
                byRegion.computeIfAbsent(owner[row][column], k -> new ArrayList<>()).add(g);
            }
        }
        return byRegion;
    }

    /** The i with edges[i] ≤ value < edges[i + 1], or -1 outside the edges. */
    private static int slot(float[] edges, float value) {
        if (!(value >= edges[0] && value < edges[edges.length - 1])) {
            return -1;
        }
        int low = 0;
        int high = edges.length - 2;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (edges[middle] <= value) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** True when every non-empty region of the row continues a wrapped cell of the previous row. */
    private boolean continuesRow(List<int[]> regions, Map<Integer, List<Glyph>> byRegion, List<Written> previousRow) {
        boolean any = false;
        for (int[] region : regions) {
            if (PdfText.of(inside(byRegion, 0, region)).isEmpty()) {
                continue;
            }
            any = true;
            boolean wrappedAbove = previousRow.stream().anyMatch(w -> Math.abs(w.left() - xs[region[0]]) <= TOLERANCE && w.wrapped());
            if (!wrappedAbove || region[1] != 0) {
                return false;
            }
        }
        return any;
    }

    /**
     * Splits touching tables: where the column edges of a row and of the row below are incompatible (each has an
     * edge the other lacks; a row of merged cells only lacks edges), two tables were drawn one on the other.
     */
    private static List<PdfTable> split(float[] xs, float[] ys, List<Ruling> lines, int maxCells) {
        List<PdfTable> tables = new ArrayList<>();
        int start = 0;
        List<Float> previous = null;
        for (int r = 0; r < ys.length - 1; r++) {
            float midY = (ys[r] + ys[r + 1]) / 2;
            List<Float> edges = new ArrayList<>();
            for (float x : xs) {
                if (covered(lines, false, x, midY)) {
                    edges.add(x);
                }
            }
            if (previous != null && !previous.containsAll(edges) && !edges.containsAll(previous)) {
                tables.add(sub(xs, ys, start, r, lines, maxCells));
                start = r;
            }
            previous = edges;
        }
        tables.add(sub(xs, ys, start, ys.length - 1, lines, maxCells));
        return tables;
    }

    /** The part of a grid between row edges {@code from} and {@code to}, with only the column edges it uses. */
    private static PdfTable sub(float[] xs, float[] ys, int from, int to, List<Ruling> lines, int maxCells) {
        List<Float> used = new ArrayList<>();
        for (float x : xs) {
            for (int r = from; r < to; r++) {
                if (covered(lines, false, x, (ys[r] + ys[r + 1]) / 2)) {
                    used.add(x);
                    break;
                }
            }
        }
        if (used.size() < 2) {
            used = List.of(xs[0], xs[xs.length - 1]);
        }
        float[] columns = new float[used.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = used.get(i);
        }
        return new PdfTable(columns, java.util.Arrays.copyOfRange(ys, from, to + 1), lines, maxCells);
    }

    private static boolean covered(List<Ruling> lines, boolean horizontal, float at, float point) {
        for (Ruling line : lines) {
            if (line.horizontal() == horizontal && Math.abs(line.at() - at) <= TOLERANCE
                    && line.from() - TOLERANCE <= point && line.to() + TOLERANCE >= point) {
                return true;
            }
        }
        return false;
    }

    private static boolean touch(Ruling a, Ruling b) {
        if (a.horizontal() == b.horizontal()) {
            return Math.abs(a.at() - b.at()) <= TOLERANCE && a.from() <= b.to() + TOLERANCE && b.from() <= a.to() + TOLERANCE;
        }
        Ruling h = a.horizontal() ? a : b;
        Ruling v = a.horizontal() ? b : a;
        return v.at() >= h.from() - TOLERANCE && v.at() <= h.to() + TOLERANCE
                && h.at() >= v.from() - TOLERANCE && h.at() <= v.to() + TOLERANCE;
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    private static float[] edges(List<Ruling> lines, boolean horizontal) {
        List<Float> values = new ArrayList<>();
        lines.stream().filter(l -> l.horizontal() == horizontal).map(Ruling::at).sorted().forEach(v -> {
            if (values.isEmpty() || v - values.get(values.size() - 1) > TOLERANCE) {
                values.add(v);
            }
        });
        float[] result = new float[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = values.get(i);
        }
        return result;
    }
}
