package nianbao.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A plain-text table of published files and their final status; Chinese characters count as two columns. */
public final class ResultTable {

    private static final List<String> HEADER = List.of("FILE", "AGENCY", "YEAR", "STATUS", "ERRORS", "WARNINGS", "REASON");

    private final List<List<String>> rows = new ArrayList<>();

    /** Adds one file; {@code status} is null when query-service never reported it. */
    public void add(String fileName, ReportStatus status) {
        if (status == null) {
            rows.add(List.of(fileName, "-", "-", "NOT SEEN", "-", "-", "-"));
            return;
        }
        rows.add(List.of(fileName, orDash(status.agency()), orDash(status.year()), orDash(status.status()),
                orDash(status.errors()), orDash(status.warnings()), orDash(status.reason())));
    }

    /** The table, one line per file, columns padded to the widest cell. */
    public String render() {
        List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        int[] widths = new int[HEADER.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                out.append(cell);
                if (i < row.size() - 1) {
                    out.append(" ".repeat(widths[i] - width(cell) + 2));
                }
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String orDash(Object value) {
        return Objects.toString(value, "-");
    }

    /** Terminal columns: East Asian wide characters take two. */
    static int width(String text) {
        return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
