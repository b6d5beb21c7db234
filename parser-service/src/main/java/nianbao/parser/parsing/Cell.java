package nianbao.parser.parsing;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** One table cell as read: its kind, its value when it is a number, and the raw text it came from. */
public record Cell(CellKind kind, BigDecimal value, String raw) {

    /** More integer digits than any real count or amount in 万元 can have: kept as raw text, never as a number. */
    static final int MAX_INTEGER_DIGITS = 12;

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** "2 4": two numbers that PDF extraction merged into one cell; reading it as 24 would be a guess. */
    private static final Pattern DIGITS_APART = Pattern.compile("\\d[\\s\\u3000]+[-+]?\\d");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    public static Cell read(String raw) {
        String text = Labels.normalize(raw);
        if (text.isEmpty()) {
            return new Cell(CellKind.BLANK, null, raw);
        }
        if (isNotApplicable(text)) {
            return new Cell(CellKind.NA, null, raw);
        }
        if (text.length() != raw.length() && DIGITS_APART.matcher(halfWidthDigits(raw)).find()) {
            return new Cell(CellKind.TEXT, null, raw);
        }
        String digits;
        if (PLAIN_NUMBER.matcher(text).matches()) {
            digits = text;
        } else if (GROUPED_NUMBER.matcher(text).matches()) {
            digits = text.replace(",", "");
        } else {
            return new Cell(CellKind.TEXT, null, raw);
        }
        int integerDigits = digits.replace("-", "").split("\\.")[0].length();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return new Cell(CellKind.TOO_LARGE, null, raw);
        }
        return new Cell(CellKind.NUMBER, new BigDecimal(digits), raw);
    }

    private static String halfWidthDigits(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return out.toString();
    }

    private static boolean isNotApplicable(String text) {
        return switch (text) {
            case "/", "-", "—", "–", "——", "--", "―", "无", "不适用", "N/A", "n/a", "\\" -> true;
            default -> false;
        };
    }

    /** A cell that belongs to the values part of a row (anything but a text label). */
    public boolean isValue() {
        return kind != CellKind.TEXT;
    }

    public boolean isBlank() {
        return kind == CellKind.BLANK;
    }
}
