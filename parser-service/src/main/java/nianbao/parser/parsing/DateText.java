package nianbao.parser.parsing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates reports print: 2025-01-20, 2025/1/20, 2025.01.20, 2025年1月20日 and 二〇二五年一月二十日, on
 * normalized text (no spaces, half-width digits).
 */
final class DateText {

    private static final Pattern NUMERIC = Pattern.compile("((?:19|20)\\d{2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern CHINESE = Pattern.compile("([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final String DIGITS = "〇一二三四五六七八九";

    private DateText() {
    }

    /** The first date in the text, or null. */
    static LocalDate find(String normalized) {
        Matcher m = NUMERIC.matcher(normalized);
        if (m.find()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = CHINESE.matcher(normalized);
        if (m.find()) {
            return date(chineseYear(m.group(1)), chineseNumber(m.group(2)), chineseNumber(m.group(3)));
        }
        return null;
    }

    /** True when the text is a date and nothing else (a date line under a signature). */
    static boolean isOnlyADate(String normalized) {
        if (normalized.isEmpty() || !mayStartADate(normalized.charAt(0))) {
            return false;   // both patterns start with a year's first digit: most lines are never matched
        }
        return NUMERIC.matcher(normalized).matches() || CHINESE.matcher(normalized).matches();
    }

    /** Whether a date of either pattern can start with the character: 1 or 2 of 19xx/20xx, or a Chinese digit. */
    static boolean mayStartADate(char first) {
        return first == '1' || first == '2' || "〇零○一二三四五六七八九".indexOf(first) >= 0;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int chineseYear(String digits) {
        int year = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int d = c == '零' || c == '○' ? 0 : DIGITS.indexOf(c);
            year = year * 10 + Math.max(d, 0);
        }
        return year;
    }

    /** 一 … 九, 十, 十二, 二十, 二十一, 三十一. */
    private static int chineseNumber(String text) {
        int ten = text.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(text.charAt(0));
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(text.charAt(0));
        int ones = ten == text.length() - 1 ? 0 : DIGITS.indexOf(text.charAt(ten + 1));
        return tens * 10 + ones;
    }
}
