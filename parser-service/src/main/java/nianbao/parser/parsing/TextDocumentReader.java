package nianbao.parser.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a report's text into rows of cells: tab-separated lines (tables pasted from Word) and markdown pipe rows
 * become cells; any other line is split where its columns are (runs of spaces, numbers after a label: see
 * {@link LineCells}) and keeps the line itself for headings and prose. Markdown separator rows and page footers
 * are dropped.
 */
public final class TextDocumentReader {

    private static final Pattern PIPE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$");
    /** "— 3 —", "- 12 -", "-3-", "第 3 页", "3/12": page furniture from PDF extraction, never report content. */
    private static final Pattern PAGE_FOOTER = Pattern.compile(
            "^[—–\\-－]+\\s*\\d{1,4}\\s*[—–\\-－]+$|^第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?$|^\\d{1,4}\\s*/\\s*\\d{1,4}$");

    private TextDocumentReader() {
    }

    public static List<SourceRow> read(String text) {
        InputLimits.checkCharacters("characters of text", text.length());
        List<SourceRow> rows = new ArrayList<>();
        int number = 0;
        int length = text.length();
        int start = 0;
        // the lines String.lines() gives (ends at \n, \r or \r\n; no empty last line), found by one char loop
        while (start < length) {
            int end = start;
            char c = 0;
            while (end < length && (c = text.charAt(end)) != '\n' && c != '\r') {
                end++;
            }
            number++;
            if (number > InputLimits.MAX_LINES) {
                throw new OverLimit("lines of text", text.lines().count(), InputLimits.MAX_LINES);
            }
            SourceRow row = row(number, text.substring(start, end));
            if (row != null) {
                rows.add(row);
            }
            start = end < length && c == '\r' && end + 1 < length && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        return rows;
    }

    private static SourceRow row(int number, String line) {
        // the line's stripped bounds, without a stripped copy (most lines are used as they are)
        int from = 0;
        int to = line.length();
        while (from < to && isWhitespace(line.charAt(from))) {
            from++;
        }
        while (to > from && isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        if (from == to || (to - from <= 20 && mayBeFooter(line.charAt(from)) && PAGE_FOOTER.matcher(line.substring(from, to)).matches())) {
            return null;
        }
        if (line.charAt(from) == '|' && to - from > 1) {
            String trimmed = line.substring(from, to);
            return isPipeSeparator(trimmed) ? null : new SourceRow(number, pipeCells(trimmed), SourceRow.Kind.PIPES);
        }
        if (line.indexOf('\t') >= 0) {
            // the cells joined by tabs are the line itself
            return new SourceRow(number, tabCells(line), SourceRow.Kind.TABS, line);
        }
        LineCells.Split split = LineCells.split(line);
        return new SourceRow(number, split.cells(), split.positions(), line, SourceRow.Kind.LINE);
    }

    /** Whether a footer can start with the character: each of {@link #PAGE_FOOTER}'s forms starts with a dash, 第 or a digit. */
    static boolean mayBeFooter(char first) {
        return first == '—' || first == '–' || first == '-' || first == '－' || first == '第' || (first >= '0' && first <= '9');
    }

    /** The cells between the tabs of a line, as {@code Arrays.asList(line.split("\t", -1))} gives them. */
    static List<String> tabCells(String line) {
        int count = 1;
        for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
            count++;
        }
        String[] cells = new String[count];
        int start = 0;
        for (int k = 0; k < count - 1; k++) {
            int tab = line.indexOf('\t', start);
            cells[k] = line.substring(start, tab);
            start = tab + 1;
        }
        cells[count - 1] = line.substring(start);
        return Arrays.asList(cells);
    }

    /** A markdown separator row (| --- | :---: |); only pipes, colons, hyphens and blanks can be one. */
    static boolean isPipeSeparator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '|' && c != ':' && c != '-' && c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                return false;
            }
        }
        return PIPE_SEPARATOR.matcher(line).matches();
    }

    /** The cells of a markdown pipe row; an escaped pipe (\|) stays inside its cell. */
    private static List<String> pipeCells(String line) {
        int end = line.endsWith("|") && !line.endsWith("\\|") && line.length() > 1 ? line.length() - 1 : line.length();
        List<String> cells = new ArrayList<>();
        int start = 1;
        // the pipes found by indexOf, not by reading every character
        for (int i = line.indexOf('|', 1); i >= 0 && i < end; i = line.indexOf('|', i + 1)) {
            if (line.charAt(i - 1) != '\\') {
                cells.add(stripped(line, start, i));
                start = i + 1;
            }
        }
        cells.add(stripped(line, start, end));
        return cells;
    }

    /**
     * {@link Character#isWhitespace(char)}, answered without a table lookup for printable ASCII, CJK, CJK punctuation
     * (U+3001–U+303F) and full-width forms (U+FF01–U+FFEF), which end most lines and cells.
     */
    static boolean isWhitespace(char c) {
        if ((c > ' ' && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFFEF)) {
            return false;
        }
        return Character.isWhitespace(c);
    }

    /** {@code line.substring(start, end).strip()}, with one copy. */
    private static String stripped(String line, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && isWhitespace(line.charAt(from))) {
            from++;
        }
        while (to > from && isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        return line.substring(from, to);
    }
}
