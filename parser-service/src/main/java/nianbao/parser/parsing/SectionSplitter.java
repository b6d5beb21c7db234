package nianbao.parser.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the six statutory section headings 一 … 六 in order. A heading is a line whose text is the numeral followed
 * by a title naming the section's subject, so table rows such as "四、结转下年度继续办理" and sentences starting with
 * "一、" are not taken for headings. Also tells where the report numbers its headings twice or out of order.
 */
public final class SectionSplitter {

    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十])[、.,:]?(.{2,40})$");
    /** A heading as written for the numbering check: numeral, a separator, a short title without a sentence. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^([一二三四五六七八九十])[、.](.{2,24})$");
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[、.,:]");
    /** For each section, words of which its title must contain one (normalized). */
    private static final List<List<String>> TITLE_WORDS = List.of(
            List.of("总体情况", "总体"),
            List.of("主动公开"),
            List.of("收到和处理", "依申请", "申请情况"),
            List.of("行政复议", "行政诉讼"),
            List.of("存在的主要问题", "存在主要问题", "主要问题", "问题及改进", "改进情况"),
            List.of("其他需要报告", "其他事项", "需要报告"));
    /**
     * The titles the 2021 format gives its six sections (normalized): a heading that carries one of them in full is
     * that section even when it is numbered otherwise (the report's numbering is then S02's business, not a missing
     * section).
     */
    private static final List<String> STANDARD_TITLES = List.of("总体情况", "主动公开政府信息情况",
            "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项");

    private SectionSplitter() {
    }

    public static List<SectionSpan> split(List<SourceRow> rows) {
        List<Heading> headings = candidateHeadings(rows);
        List<int[]> found = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        int from = 0;
        for (int number = 1; number <= 6; number++) {
            int at = findHeading(headings, number, from);
            if (at < 0) {
                at = findStandardTitle(headings, number, from);
            }
            if (at >= 0) {
                found.add(new int[] {number, at});
                Heading heading = headings.get(at);
                titles.add(heading.numeral() >= 0 ? heading.title() : heading.text());
                from = at + 1;
            }
        }
        List<SectionSpan> spans = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            int heading = found.get(i)[1];
            int end = i + 1 < found.size() ? found.get(i + 1)[1] : rows.size();
            spans.add(new SectionSpan(found.get(i)[0], titles.get(i), heading, heading + 1, end));
        }
        return spans;
    }

    /**
     * Headings outside the tables numbered again or out of order (a second 一、 sequence, 五 before 四), each with the
     * heading before it: what rule S02 reports.
     */
    public static void checkNumbering(List<SourceRow> rows, IntPredicate inTable, Diagnostics diagnostics) {
        int previous = 0;
        String previousHeading = null;
        for (int i = 0; i < rows.size(); i++) {
            if (inTable.test(i)) {
                continue;
            }
            String text = rows.get(i).normalizedProse();
            if (text.isEmpty() || NUMERALS.indexOf(text.charAt(0)) < 0) {
                continue;
            }
            Matcher m = NUMBERED_HEADING.matcher(text);
            if (!m.matches() || text.contains(",") || text.contains("，") || !ApplicationRowKey.match(text).isEmpty()) {
                continue;
            }
            int number = NUMERALS.indexOf(m.group(1).charAt(0)) + 1;
            if (number <= previous) {
                diagnostics.add(DiagnosticCode.SECTION_OUT_OF_ORDER, "sections", String.valueOf(number),
                        "heading " + text + " follows " + previousHeading + ": numbered again or out of order", rows.get(i).line(), text);
            }
            previous = number;
            previousHeading = text;
        }
    }

    /**
     * A row that could be a heading (a short line starting with a numeral): its normalized text and, when it has a
     * heading's shape ({@link #HEADING}), its numeral's index and its title; read once, not once per section sought.
     */
    record Heading(String text, int numeral, String title) {

        static Heading of(String normalized) {
            Matcher m = HEADING.matcher(normalized);
            return m.matches() ? new Heading(normalized, NUMERALS.indexOf(m.group(1).charAt(0)), m.group(2))
                    : new Heading(normalized, -1, null);
        }
    }

    /** Each row's heading reading when it could be a heading, else null. */
    private static List<Heading> candidateHeadings(List<SourceRow> rows) {
        List<Heading> headings = new ArrayList<>(rows.size());
        for (SourceRow row : rows) {
            String line = row.prose();
            boolean candidate = !line.isEmpty() && line.length() < 80 && NUMERALS.indexOf(firstLetter(line)) >= 0;
            // the prose normalized is the row's normalized prose, worked out once per row
            headings.add(candidate ? Heading.of(row.normalizedProse()) : null);
        }
        return headings;
    }

    /** The first character that is not markdown, emphasis or space. */
    private static char firstLetter(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '#' && c != '*' && !Character.isWhitespace(c) && c != '\u3000') {
                return c;
            }
        }
        return ' ';
    }

    /** A heading numbered otherwise whose title is the section's standard title in full. */
    private static int findStandardTitle(List<Heading> headings, int number, int from) {
        String title = STANDARD_TITLES_NORMALIZED.get(number - 1);
        for (int i = from; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            if (heading != null && heading.numeral() >= 0
                    && LEADING_SEPARATOR.matcher(heading.title()).replaceFirst("").equals(title)) {
                return i;
            }
        }
        return -1;
    }

    private static final List<String> STANDARD_TITLES_NORMALIZED = STANDARD_TITLES.stream().map(Labels::normalize).toList();

    private static int findHeading(List<Heading> headings, int number, int from) {
        for (int i = from; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            if (heading != null && heading.numeral() == number - 1
                    && TITLE_WORDS.get(number - 1).stream().anyMatch(heading.title()::contains)) {
                return i;
            }
        }
        return -1;
    }
}
