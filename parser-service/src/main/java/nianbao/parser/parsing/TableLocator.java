package nianbao.parser.parsing;

import java.util.List;

/**
 * Finds where each of the three tables stands by what only the table prints — its column header (第二十条第（一）项 /
 * 本年制发件数, 申请人情况, 未经复议直接起诉 / 复议后起诉) — and falls back on the section headings 二, 三, 四 where a
 * header is not found. Reports number and title their sections in many ways (some restart 一、 before the tables);
 * the tables' own headers are the same in every 2021-format report.
 */
final class TableLocator {

    /** Rows [start, end) of one table, or start = -1 when it was not found. */
    record Region(int start, int end) {

        static final Region NONE = new Region(-1, -1);

        boolean found() {
            return start >= 0;
        }

        List<SourceRow> of(List<SourceRow> rows) {
            return found() ? rows.subList(start, end) : List.of();
        }

        boolean contains(int row) {
            return row >= start && row < end;
        }
    }

    /** The three regions. */
    record Regions(Region activeDisclosure, Region applications, Region reviews) {

        boolean inTable(int row) {
            return activeDisclosure.contains(row) || applications.contains(row) || reviews.contains(row);
        }
    }

    /** Rows of table 四 after its header: its values stand in the first few rows below it. */
    private static final int REVIEWS_ROWS = 40;

    private TableLocator() {
    }

    static Regions locate(List<SourceRow> rows, List<SectionSpan> spans) {
        String[] text = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            text[i] = rows.get(i).normalizedText();
        }
        int t2 = first(text, 0, "第二十条第(", "本年制发件数", "本年新制作数量");
        // the header's 申请人情况, or the first row (一、本年新收) with the header lines above it, whichever comes first:
        // a garbled header must not hide a first copy of the table
        int t3 = first(text, Math.max(t2, 0), "申请人情况");
        int firstRow = headerAbove(rows, firstRowOfValues(rows, text, Math.max(t2, 0), "本年新收", "上年结转"));
        if (t3 < 0 || (firstRow >= 0 && firstRow < t3)) {
            t3 = firstRow;
        }
        int t4 = first(text, Math.max(t3, 0), "未经复议直接起诉", "未经复议", "复议后起诉");
        if (t4 >= 0) {
            t4 = headerStart(text, t4, Math.max(t3, 0));
        }
        if (t2 < 0) {
            t2 = sectionStart(spans, 2);
        }
        if (t3 < 0) {
            t3 = sectionStart(spans, 3);
        }
        if (t4 < 0) {
            t4 = sectionStart(spans, 4);
        }
        Region applications = t3 < 0 ? Region.NONE : new Region(t3, firstAfter(t3, rows.size(), t4, sectionStart(spans, 4),
                sectionStart(spans, 5)));
        Region activeDisclosure = t2 < 0 ? Region.NONE : new Region(t2, firstAfter(t2, rows.size(), t3, sectionStart(spans, 3),
                t4, sectionStart(spans, 4)));
        Region reviews = t4 < 0 ? Region.NONE : new Region(t4, firstAfter(t4, Math.min(rows.size(), t4 + REVIEWS_ROWS),
                sectionStart(spans, 5), sectionStart(spans, 6)));
        return new Regions(activeDisclosure, applications, reviews);
    }

    /**
     * Table 三 found by its first row (its 申请人情况 garbled or lost): its header stands on the lines above, up to the
     * first line above that holds a number.
     */
    private static int headerAbove(List<SourceRow> rows, int firstRow) {
        if (firstRow < 0) {
            return firstRow;
        }
        int start = firstRow;
        while (start > 0 && firstRow - start < HEADER_LINES && !holdsANumber(rows.get(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean holdsANumber(SourceRow row) {
        for (Cell cell : row.readCells()) {
            if (cell.kind() == CellKind.NUMBER) {
                return true;
            }
        }
        return false;
    }

    /** Lines a table's header may take above its first row. */
    private static final int HEADER_LINES = 8;

    /** The header of table 四 starts on the row above 未经复议 that names 行政复议 and 行政诉讼, when there is one. */
    private static int headerStart(String[] text, int marker, int floor) {
        for (int i = marker; i >= Math.max(floor, marker - 4); i--) {
            if (text[i].contains("行政复议") && text[i].contains("行政诉讼")) {
                return i;
            }
        }
        return marker;
    }

    /**
     * The first row from {@code from} that names one of the markers and holds a number, or stands above a line that
     * does (a row, not a sentence).
     */
    private static int firstRowOfValues(List<SourceRow> rows, String[] text, int from, String... markers) {
        for (int i = from; i < text.length; i++) {
            for (String marker : markers) {
                // the row's cells are read only for a short row that names a marker (most rows are prose)
                if (text[i].contains(marker) && text[i].length() < MAX_ROW_TEXT
                        && (holdsANumber(rows.get(i)) || (i + 1 < text.length && holdsANumber(rows.get(i + 1))))) {
                    return i;   // a row, or its label on a line of its own above its numbers
                }
            }
        }
        return -1;
    }

    /** A table row's text is short; a sentence naming 本年新收 and a number is prose. */
    private static final int MAX_ROW_TEXT = 80;

    private static int first(String[] text, int from, String... markers) {
        for (int i = from; i < text.length; i++) {
            for (String marker : markers) {
                if (text[i].contains(marker)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The first of the candidate bounds that lies after {@code start}, or {@code otherwise}. */
    private static int firstAfter(int start, int otherwise, int... bounds) {
        int end = otherwise;
        for (int bound : bounds) {
            if (bound > start && bound < end) {
                end = bound;
            }
        }
        return end;
    }

    private static int sectionStart(List<SectionSpan> spans, int number) {
        for (SectionSpan span : spans) {
            if (span.number() == number) {
                return span.start();
            }
        }
        return -1;
    }
}
