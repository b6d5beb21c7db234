package nianbao.parser.parsing;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One table cell as read: its kind, its value when it is a number, the raw text it came from, and for a text cell
 * whether it stands where a number belongs ({@link #looksLikeValue}), worked out once.
 */
public record Cell(CellKind kind, BigDecimal value, String raw, boolean valueLike) {

    public Cell(CellKind kind, BigDecimal value, String raw) {
        this(kind, value, raw, kind == CellKind.TEXT && looksLikeValue(raw));
    }

    /**
     * More integer (or decimal) digits than any real count or amount in 万元 can have: kept as raw text, never as a
     * number.
     */
    static final int MAX_INTEGER_DIGITS = 12;

    private static final Pattern GROUPED_NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    /** Starts a cell OCR read without confidence, as {@link HtmlDocumentReader} hands it on: marker, text, marker, where. */
    static final char OCR_MARK = '\uE000';

    /** The empty cell, the most common one in tab-separated rows: one instance, as cells are values. */
    private static final Cell EMPTY = new Cell(CellKind.BLANK, null, "");

    public static Cell read(String raw) {
        if (raw.isEmpty()) {
            return EMPTY;
        }
        if (raw.charAt(0) == OCR_MARK) {
            return new Cell(CellKind.OCR_UNCERTAIN, null, raw, true);
        }
        if (isPlainCount(raw)) {
            return new Cell(CellKind.NUMBER, BigDecimal.valueOf(Long.parseLong(raw)), raw);
        }
        if (startsWithWords(raw)) {
            // a label or a sentence (no number starts with a character), unless it is a short number with a stray
            // mark in front ("四17")
            return new Cell(CellKind.TEXT, null, raw, raw.length() <= 8 && looksLikeValue(raw));
        }
        String text = Labels.normalize(raw);
        if (text.isEmpty()) {
            return new Cell(CellKind.BLANK, null, raw);
        }
        if (isNotApplicable(text)) {
            return new Cell(CellKind.NA, null, raw);
        }
        if (!hasDigit(text)) {
            return new Cell(CellKind.TEXT, null, raw);
        }
        if (!numberTextHasOnlyNumberSyntax(raw)) {
            return new Cell(CellKind.TEXT, null, raw);   // a character neither number pattern has: no regex tried
        }
        String number = numberText(raw);
        String digits;
        if (isPlainNumber(number)) {
            digits = number;
        } else if (GROUPED_NUMBER.matcher(number).matches()) {
            digits = number.replace(",", "");
        } else {
            return new Cell(CellKind.TEXT, null, raw);
        }
        int sign = digits.startsWith("-") ? 1 : 0;
        int point = digits.indexOf('.');
        int integerDigits = (point < 0 ? digits.length() : point) - sign;
        int fractionDigits = point < 0 ? 0 : digits.length() - point - 1;
        if (integerDigits > MAX_INTEGER_DIGITS || fractionDigits > MAX_INTEGER_DIGITS) {
            return new Cell(CellKind.TOO_LARGE, null, raw);
        }
        return new Cell(CellKind.NUMBER, new BigDecimal(digits), raw);
    }

    /** An optional minus, ASCII digits, and optionally a point and more digits: {@code -?[0-9]+(\.[0-9]+)?}. */
    static boolean isPlainNumber(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int digits = 0;
        while (i < text.length() && isAsciiDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int fraction = 0;
        for (i++; i < text.length() && isAsciiDigit(text.charAt(i)); i++) {
            fraction++;
        }
        return fraction > 0 && i == text.length();
    }

    /** Whether the text has only characters a plain or grouped number is written with: digits, '-', '.' and ','. */
    static boolean onlyNumberSyntax(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiDigit(c) && c != '-' && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasDigit(String normalized) {
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether the text's first visible character is a Chinese character other than 无 and 不 (无, 不适用: marks). */
    private static boolean startsWithWords(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isPadding(c)) {
                return c >= 0x4E00 && c <= 0x9FFF && c != '无' && c != '不';
            }
        }
        return false;
    }

    /** Most cells are a count written in ASCII digits and nothing else: read without normalizing. */
    private static boolean isPlainCount(String raw) {
        int length = raw.length();
        if (length == 0 || length > MAX_INTEGER_DIGITS) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The cell as a number would be written: full-width digits, signs, points and commas folded to ASCII, and the
     * whitespace and invisible characters around it dropped, but nothing inside it. So "2 4", "4“”2" or "9\uFEFF0"
     * (two numbers merged by PDF extraction, or stray characters between digits) never become 24, 42 or 90: reading
     * them as one number would be a guess.
     */
    static String numberText(String raw) {
        int start = paddedStart(raw);
        int end = paddedEnd(raw, start);
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            out.append(c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c);
        }
        return out.toString();
    }

    /** {@code onlyNumberSyntax(numberText(raw))}, worked out on the text itself without building the number text. */
    static boolean numberTextHasOnlyNumberSyntax(String raw) {
        int start = paddedStart(raw);
        int end = paddedEnd(raw, start);
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            char folded = c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c;
            if (!isAsciiDigit(folded) && folded != '-' && folded != '.' && folded != ',') {
                return false;
            }
        }
        return true;
    }

    /** Whether every character is a digit (ASCII or full-width), a point, a comma or padding: a cheap first look. */
    private static boolean onlyNumberCharacters(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean digit = (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
            if (!digit && c != '.' && c != ',' && c != '．' && c != '，' && !isPadding(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@link #folded} of the text would hold a digit, or only the letters OCR reads for digits (O, o, I, l,
     * |), or nothing: without either it is no value. Worked out on the text itself, without folding it.
     */
    static boolean mayFoldToAValue(String raw) {
        boolean onlyLetters = true;
        boolean visible = false;
        boolean gap = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isPadding(c)) {
                gap = visible;
                continue;
            }
            if (gap) {
                onlyLetters = false;   // folding puts a space here, and a space is no OCR digit
                gap = false;
            }
            visible = true;
            char folded = c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c;
            if (folded >= '0' && folded <= '9') {
                return true;
            }
            if ("OoIl|".indexOf(folded) < 0) {
                onlyLetters = false;
            }
        }
        return onlyLetters;
    }

    /** Every character the value patterns below accept besides stray marks: digits, points, units, OCR's digit letters, strokes. */
    private static final String VALUE_CHARACTERS = "0123456789.,OoIl|丨!/件个条项次人万元% ";

    /**
     * How many characters of the folded text none of the value patterns names (counting no further than 3): each
     * pattern allows at most two of them (the stray marks of "四17"), so with three none can match and none is run.
     */
    static int foreignCharacters(String raw) {
        int foreign = 0;
        for (int i = 0; i < raw.length() && foreign <= 2; i++) {
            char c = raw.charAt(i);
            if (isPadding(c)) {
                continue;
            }
            char folded = c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c;
            if (VALUE_CHARACTERS.indexOf(folded) < 0) {
                foreign++;
            }
        }
        return foreign;
    }

    /** How many characters that are not padding the text has, counting no further than 9. */
    private static int visibleLength(String raw) {
        int visible = 0;
        for (int i = 0; i < raw.length() && visible <= 8; i++) {
            if (!isPadding(raw.charAt(i))) {
                visible++;
            }
        }
        return visible;
    }

    /** Full-width forms folded to ASCII, every run of whitespace or invisible characters one space, no padding. */
    private static String folded(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isPadding(c)) {
                space = !out.isEmpty();
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c);
        }
        return out.toString();
    }

    /** Where the text starts once the padding before it is dropped. */
    private static int paddedStart(String raw) {
        int start = 0;
        while (start < raw.length() && isPadding(raw.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where the text ends once the padding after it is dropped (never before {@code start}). */
    private static int paddedEnd(String raw, int start) {
        int end = raw.length();
        while (end > start && isPadding(raw.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isPadding(char c) {
        if ((c > ' ' && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF)) {
            return false;   // printable ASCII and CJK, almost every character: no lookup
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    private static boolean isNotApplicable(String text) {
        if (text.length() > 3) {
            return false;   // every mark below is at most three characters: a label is not hashed for the switch
        }
        return switch (text) {
            case "/", "-", "—", "–", "——", "--", "―", "无", "不适用", "N/A", "n/a", "\\" -> true;
            default -> false;
        };
    }

    /** A cell that belongs to the values part of a row: anything but a text label. */
    public boolean isValue() {
        return kind != CellKind.TEXT || valueLike;
    }

    /** The text as printed: for a cell OCR read without confidence, what it read (without where). */
    public String printed() {
        if (kind != CellKind.OCR_UNCERTAIN) {
            return raw;
        }
        int end = raw.indexOf(OCR_MARK, 1);
        return end < 0 ? raw.substring(1) : raw.substring(1, end);
    }

    /** For a cell OCR read without confidence: the page and box it stands in, as ingest gave them; else "". */
    public String ocrBox() {
        int end = kind == CellKind.OCR_UNCERTAIN ? raw.indexOf(OCR_MARK, 1) : -1;
        return end < 0 ? "" : raw.substring(end + 1);
    }

    /** A text cell that is a label (words), not a number cell holding stray text such as "7件", "1 2" or "O". */
    public boolean isLabel() {
        return kind == CellKind.TEXT && !valueLike;
    }

    private static final Pattern MERGED_NUMBERS = Pattern.compile("^[0-9]+(?:[.,][0-9]+)?(?: [0-9]+(?:[.,][0-9]+)?)+$");
    private static final int MAX_MERGED_NUMBERS = 60;
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\(?[0-9一二三四五六七八九十]+[).、]|[一二三四五六七八九十]+[、.])$");
    /** A number with one or two stray marks glued to it ("四17", "17丨"): what OCR makes of a number cell's border or stain. */
    private static final Pattern NUMBER_WITH_STRAY_MARKS = Pattern.compile("^[^0-9.,、()（）第\\s]{1,2}[0-9]{1,6}$|^[0-9]{1,6}[^0-9.,、()（）件个条项次人万元%年月日号\\s]{1,2}$");
    /** Two numbers with a stray stroke between them ("1 |24"): OCR's reading of a number cell with a mark across it. */
    private static final Pattern NUMBER_WITH_STROKE_INSIDE = Pattern.compile("^[0-9]{1,6} ?[|丨!/] ?[0-9]{1,6}$");
    private static final Pattern VALUE_TEXT = Pattern.compile("^[0-9.,]*[0-9][0-9.,]*[件个条项次人万元%]?$|^[0-9]+(?: [0-9]+)+$|^[OoIl|]{1,3}$|^[0-9OoIl]{1,6}$");

    /**
     * True for text that stands where a number belongs: a number with a unit ("7件"), numbers merged by a space
     * ("1 2"), an OCR letter for a digit ("O", "l"), a number with a stray mark glued to it ("四17") or across it
     * ("1 |24"). Such a cell is a value cell that could not be read, so the
     * numbers after it keep their columns. Numbering such as "3." or "（一）" is a label.
     */
    static boolean looksLikeValue(String raw) {
        if (raw == null) {
            return false;
        }
        if (raw.length() <= MAX_MERGED_NUMBERS && onlyNumberCharacters(raw) && MERGED_NUMBERS.matcher(folded(raw)).matches()) {
            return true;   // several numbers in one cell: "1 2", or "9 0 7 133" where a blank cell vanished
        }
        if (visibleLength(raw) > 8 || !mayFoldToAValue(raw) || foreignCharacters(raw) > 2) {
            return false;
        }
        String text = folded(raw);
        if (!hasDigit(text) && !text.chars().allMatch(c -> "OoIl|".indexOf(c) >= 0)) {
            return false;
        }
        if (text.isEmpty() || text.length() > 8 || NUMBERING.matcher(text).matches()) {
            return false;
        }
        return VALUE_TEXT.matcher(text).matches() || NUMBER_WITH_STRAY_MARKS.matcher(text).matches()
                || NUMBER_WITH_STROKE_INSIDE.matcher(text).matches();
    }

    public boolean isBlank() {
        return kind == CellKind.BLANK;
    }
}
