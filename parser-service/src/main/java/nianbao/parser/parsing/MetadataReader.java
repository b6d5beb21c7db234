package nianbao.parser.parsing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the title, the agency (发布机关, as written in the title) and the statistical year (from "本报告统计数据从
 * 2025 年 1 月 1 日…" when stated, else from the title). A title split over two lines (agency, then "2025 年…年度报告")
 * is joined with one space.
 */
public final class MetadataReader {

    static final String TABLE = "metadata";
    private static final Pattern TITLE_YEAR = Pattern.compile("^(.*?)\\s*((?:19|20)\\d{2})\\s*年度?\\s*(.*年度?报告.*)$");
    private static final Pattern STATISTICAL_YEAR =
            Pattern.compile("统计(?:数据|期限|时间|区间)[^0-9]{0,12}((?:19|20)\\d{2})年1月1日");
    private static final int TITLE_SEARCH_ROWS = 12;

    private final Diagnostics diagnostics;

    public MetadataReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public ReportMetadata read(List<SourceRow> rows, int firstSectionRow) {
        int limit = Math.min(rows.size(), firstSectionRow >= 0 ? Math.min(firstSectionRow, TITLE_SEARCH_ROWS) : TITLE_SEARCH_ROWS);
        String title = null;
        String agency = null;
        Integer titleYear = null;
        for (int i = 0; i < limit; i++) {
            String line = cleanTitleLine(rows.get(i).firstFilledCell());
            if (!rows.get(i).isSingleCell() || !Labels.normalize(line).contains("年度报告") || line.length() > 80) {
                continue;
            }
            Matcher m = TITLE_YEAR.matcher(line);
            if (!m.matches()) {
                continue;
            }
            agency = m.group(1).strip();
            titleYear = Integer.valueOf(m.group(2));
            title = line;
            if (agency.isEmpty() && i > 0 && rows.get(i - 1).isSingleCell()) {
                agency = cleanTitleLine(rows.get(i - 1).firstFilledCell());
                title = agency + " " + line;
            }
            break;
        }
        if (title == null) {
            diagnostics.add("TITLE_NOT_FOUND", TABLE, "title", "no line naming the annual report (…年度报告) at the top", null);
        } else if (agency == null || agency.isEmpty()) {
            diagnostics.add("AGENCY_NOT_FOUND", TABLE, "agency", "the title names no agency", null, title);
            agency = null;
        }
        Integer statisticalYear = statisticalYear(rows);
        if (statisticalYear != null && titleYear != null && !statisticalYear.equals(titleYear)) {
            diagnostics.add("YEAR_MISMATCH", TABLE, "year", "title year " + titleYear + " differs from the statistical period "
                    + statisticalYear + "; the statistical period is taken", null);
        }
        Integer year = statisticalYear != null ? statisticalYear : titleYear;
        if (year == null) {
            diagnostics.add("YEAR_NOT_FOUND", TABLE, "year", "no statistical year in the title or the statistical period", null);
        }
        return new ReportMetadata(title, agency, year);
    }

    private static Integer statisticalYear(List<SourceRow> rows) {
        int scanned = 0;
        for (SourceRow row : rows) {
            if (scanned++ > 60) {
                break;
            }
            String text = row.text();
            if (text.indexOf('统') < 0 || text.indexOf('日') < 0) {
                continue;
            }
            Matcher m = STATISTICAL_YEAR.matcher(Labels.normalize(text));
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** A title line without markdown heading marks, emphasis or book-title brackets. */
    private static String cleanTitleLine(String line) {
        return line.replaceFirst("^#+\\s*", "").replace("**", "").replace("《", "").replace("》", "").strip();
    }
}
