package nianbao.parser.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a report's text into rows of cells: tab-separated lines (tables pasted from Word or PDF) and markdown
 * pipe rows become cells; any other line is one cell. Markdown separator rows and PDF page footers are dropped.
 */
public final class TextDocumentReader {

    private static final Pattern PIPE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$");
    /** "— 3 —", "- 12 -", "第 3 页", "3/12": page furniture from PDF extraction, never report content. */
    private static final Pattern PAGE_FOOTER = Pattern.compile(
            "^[—–\\-－]+\\s*\\d{1,4}\\s*[—–\\-－]+$|^第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?$|^\\d{1,4}\\s*/\\s*\\d{1,4}$");

    private TextDocumentReader() {
    }

    public static List<SourceRow> read(String text) {
        List<SourceRow> rows = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || (trimmed.length() <= 20 && PAGE_FOOTER.matcher(trimmed).matches())) {
                continue;
            }
            if (trimmed.startsWith("|") && trimmed.length() > 1) {
                if (PIPE_SEPARATOR.matcher(trimmed).matches()) {
                    continue;
                }
                rows.add(new SourceRow(i + 1, pipeCells(trimmed)));
            } else if (line.indexOf('\t') >= 0) {
                rows.add(new SourceRow(i + 1, Arrays.asList(line.split("\t", -1))));
            } else {
                rows.add(new SourceRow(i + 1, List.of(trimmed)));
            }
        }
        return rows;
    }

    /** The cells of a markdown pipe row; an escaped pipe (\|) stays inside its cell. */
    private static List<String> pipeCells(String line) {
        int end = line.endsWith("|") && !line.endsWith("\\|") && line.length() > 1 ? line.length() - 1 : line.length();
        List<String> cells = new ArrayList<>();
        int start = 1;
        for (int i = 1; i < end; i++) {
            if (line.charAt(i) == '|' && line.charAt(i - 1) != '\\') {
                cells.add(line.substring(start, i).strip());
                start = i + 1;
            }
        }
        cells.add(line.substring(start, end).strip());
        return cells;
    }
}
