package nianbao.parser.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the columns stand on lines of text laid out with spaces, learnt from the rows that hold a value in every
 * column, so a row with blank cells can be placed by where its numbers stand. Columns move between pages, so a row
 * is placed by the full rows nearest to it, and only when they agree; a number must stand clearly nearer one
 * column than any other. Otherwise nothing is placed.
 */
final class ColumnPositions {

    /** Two full rows agree when each column's centre moves less than this many characters. */
    private static final double AGREEMENT = 3.0;

    private record FullRow(int line, double[] centres) {
    }

    private final List<FullRow> fullRows = new ArrayList<>();
    private final int width;

    ColumnPositions(List<ValueRow> rows, int width) {
        this.width = width;
        for (ValueRow row : rows) {
            if (row.positions() != null && row.values().size() == width && alignedInColumns(row)) {
                fullRows.add(new FullRow(row.line(), centres(row)));
            }
        }
    }

    /**
     * A row laid out in columns has runs of blanks between its values; OCR text puts one space between them, and
     * where its values stand says nothing about their columns.
     */
    private static boolean alignedInColumns(ValueRow row) {
        for (int v = 1; v < row.values().size(); v++) {
            int previousEnd = row.positions().get(v - 1) + row.values().get(v - 1).raw().length();
            if (row.positions().get(v) - previousEnd < 2) {
                return false;
            }
        }
        return true;
    }

    /** The row's cells on the columns, blank where no number stands; null when the positions do not tell. */
    List<Cell> place(ValueRow row) {
        if (row.positions() == null || row.values().size() >= width || row.values().isEmpty()) {
            return null;
        }
        double[] columns = nearestAgreeing(row.line());
        if (columns == null) {
            return null;
        }
        double[] centres = centres(row);
        List<Cell> placed = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            placed.add(new Cell(CellKind.BLANK, null, ""));
        }
        int previous = -1;
        for (int v = 0; v < centres.length; v++) {
            int column = clearlyNearest(columns, centres[v]);
            if (column <= previous) {
                return null;
            }
            placed.set(column, row.values().get(v));
            previous = column;
        }
        return placed;
    }

    /** The column centres of the full row nearest above and below the line, when they agree. */
    private double[] nearestAgreeing(int line) {
        FullRow above = null;
        FullRow below = null;
        for (FullRow full : fullRows) {
            if (full.line() < line && (above == null || full.line() > above.line())) {
                above = full;
            }
            if (full.line() > line && (below == null || full.line() < below.line())) {
                below = full;
            }
        }
        if (above == null || below == null) {
            return above != null ? above.centres() : below != null ? below.centres() : null;
        }
        for (int c = 0; c < width; c++) {
            if (Math.abs(above.centres()[c] - below.centres()[c]) >= AGREEMENT) {
                return null;
            }
        }
        return above.centres();
    }

    /** The column whose centre is nearest, if the next nearest is at least twice as far; else -1. */
    private static int clearlyNearest(double[] columns, double centre) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        double second = Double.MAX_VALUE;
        for (int c = 0; c < columns.length; c++) {
            double distance = Math.abs(columns[c] - centre);
            if (distance < bestDistance) {
                second = bestDistance;
                bestDistance = distance;
                best = c;
            } else if (distance < second) {
                second = distance;
            }
        }
        return second >= 2 * bestDistance + 1 ? best : -1;
    }

    private static double[] centres(ValueRow row) {
        double[] centres = new double[row.values().size()];
        for (int v = 0; v < centres.length; v++) {
            centres[v] = row.positions().get(v) + row.values().get(v).raw().strip().length() / 2.0;
        }
        return centres;
    }
}
