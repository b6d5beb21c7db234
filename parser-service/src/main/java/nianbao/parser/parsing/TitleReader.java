package nianbao.parser.parsing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the report's title before its first section — a web page puts navigation above it, a PDF may split it over
 * two or three lines — and reads the agency and year it names, in the shapes titles come in: 中卫市商务局2025年
 * 政府信息公开工作年度报告, 2024年上海市科委政府信息公开工作年度报告 (year first), XX局政府信息公开工作2023年度报告,
 * 二〇二四年度… .
 */
final class TitleReader {

    /** What the title says; agency or year may be null. */
    record Title(String text, String agency, Integer year) {
    }

    private static final Pattern AGENCY_THEN_YEAR =
            Pattern.compile("^(.*?)((?:19|20)\\d{2})年度?(?:的)?((?:政府|政务)?信息公开.*报告|.*年度报告)$");
    private static final Pattern YEAR_THEN_AGENCY =
            Pattern.compile("^((?:19|20)\\d{2})年度?(.+?)((?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:工作)?报告)$");
    private static final Pattern AGENCY_ONLY = Pattern.compile("^(.+?)((?:政府|政务)?信息公开(?:工作)?年度报告)$");
    private static final Pattern CHINESE_YEAR = Pattern.compile("([〇零○一二三四五六七八九]{4})年");
    private static final Pattern LEADING_ABOUT = Pattern.compile("^关于");
    private static final Pattern TRAILING_ABOUT = Pattern.compile("(?:关于|的)$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+[.、]");
    private static final Pattern NAMES_A_YEAR = Pattern.compile(".*(?:19|20)\\d{2}年.*");
    private static final Pattern NAVIGATION_MARK = Pattern.compile(".*[>›»/|].*");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#+\\s*");
    /** Lines of a web page or document searched for the title when no section heading bounds the search. */
    private static final int SEARCH_ROWS = 300;
    private static final int MAX_TITLE = 100;

    private TitleReader() {
    }

    static Title read(List<SourceRow> rows, int limit) {
        int end = Math.min(rows.size(), limit >= 0 ? limit : SEARCH_ROWS);
        Title yearOnly = null;
        for (int i = 0; i < end; i++) {
            String line = clean(rows.get(i).prose());
            // what cleaning takes away (markdown marks, blanks) normalizing drops too: the row's normalized prose
            String normalized = rows.get(i).normalizedProse();
            if (!isTitleLine(normalized, line)) {
                continue;
            }
            Title title = parse(line);
            for (int back = 1; title.agency() == null && back <= 2 && i - back >= 0; back++) {
                String before = joinedBefore(rows, i, back);
                if (before == null) {
                    break;
                }
                title = better(title, parse(before));
            }
            if (title.agency() != null && title.year() != null) {
                return title;
            }
            if (yearOnly == null && (title.year() != null || title.agency() != null)) {
                yearOnly = title;
            }
        }
        return yearOnly;
    }

    private static boolean isTitleLine(String normalized, String line) {
        return line.length() <= MAX_TITLE && normalized.contains("报告") && !normalized.startsWith("本")
                && !normalized.contains("根据") && !normalized.contains("。") && !normalized.contains("编制")
                && (normalized.contains("年度报告") || normalized.contains("信息公开"));
    }

    /** The title line with the 1 or 2 short lines above it, as a split title is printed. */
    private static String joinedBefore(List<SourceRow> rows, int i, int back) {
        StringBuilder joined = new StringBuilder(clean(rows.get(i).prose()));
        for (int k = 1; k <= back; k++) {
            String previous = clean(rows.get(i - k).prose());
            if (previous.isEmpty() || previous.length() > 40 || Labels.normalize(previous).contains("。")) {
                return null;
            }
            boolean agencyLine = !Labels.normalize(previous).contains("年") && !previous.contains("报告");
            joined.insert(0, agencyLine ? previous + " " : previous);
        }
        return joined.toString();
    }

    private static Title better(Title current, Title candidate) {
        int have = (current.agency() != null ? 2 : 0) + (current.year() != null ? 1 : 0);
        int could = (candidate.agency() != null ? 2 : 0) + (candidate.year() != null ? 1 : 0);
        return could > have ? candidate : current;
    }

    static Title parse(String line) {
        String title = line.strip();
        String text = westernYear(Labels.normalize(title)).replace("《", "").replace("》", "");
        Matcher m = YEAR_THEN_AGENCY.matcher(text);
        if (m.matches() && isAgency(m.group(2))) {
            return new Title(title, agencyIn(title, m.group(2)), Integer.valueOf(m.group(1)));
        }
        m = AGENCY_THEN_YEAR.matcher(text);
        if (m.matches()) {
            String agency = trimAgency(m.group(1));
            return new Title(title, isAgency(agency) ? agencyIn(title, agency) : null, Integer.valueOf(m.group(2)));
        }
        m = AGENCY_ONLY.matcher(text);
        if (m.matches()) {
            String agency = trimAgency(m.group(1));
            return new Title(title, isAgency(agency) ? agencyIn(title, agency) : null, null);
        }
        return new Title(title, null, null);
    }

    private static String trimAgency(String agency) {
        String trimmed = TRAILING_ABOUT.matcher(LEADING_ABOUT.matcher(agency).replaceFirst("")).replaceFirst("");
        return LEADING_NUMBER.matcher(trimmed).replaceFirst("");
    }

    private static boolean isAgency(String agency) {
        return agency != null && agency.length() >= 2 && agency.length() <= 40 && !NAMES_A_YEAR.matcher(agency).matches()
                && !NOT_AN_AGENCY.contains(agency) && !NAVIGATION_MARK.matcher(agency).matches()
                && !agency.contains("首页") && !agency.contains("年报") && !agency.contains("当前位置");
    }

    /** What stands before 信息公开 in titles that name no agency at all. */
    private static final java.util.Set<String> NOT_AN_AGENCY = java.util.Set.of("政府", "政务", "本机关", "本单位", "我局", "我委", "我市");

    /** The agency as the title writes it: the normalized name found again among the title's own characters. */
    private static String agencyIn(String title, String normalizedAgency) {
        StringBuilder normalized = new StringBuilder();
        int[] origin = new int[title.length() * 4 + 1];
        for (int i = 0; i < title.length(); i++) {
            for (char c : Labels.normalize(String.valueOf(title.charAt(i))).toCharArray()) {
                origin[normalized.length()] = i;
                normalized.append(c);
            }
        }
        int at = normalized.indexOf(normalizedAgency);
        if (at < 0) {
            return normalizedAgency;
        }
        return title.substring(origin[at], origin[at + normalizedAgency.length() - 1] + 1).strip();
    }

    private static String westernYear(String text) {
        Matcher m = CHINESE_YEAR.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : m.group(1).toCharArray()) {
            digits.append(c == '零' || c == '○' || c == '〇' ? 0 : "〇一二三四五六七八九".indexOf(c));
        }
        return text.substring(0, m.start(1)) + digits + text.substring(m.end(1));
    }

    private static String clean(String line) {
        String text = line.startsWith("#") ? MARKDOWN_HEADING.matcher(line).replaceFirst("") : line;
        return text.replace("**", "").strip();
    }
}
