package nianbao.ingest.decoding;

import nianbao.ingest.ocr.Word;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a table cell of a scanned page holds, decided from up to three readings of its crop: the general one (Chinese
 * and Latin, any character, {@code chi_sim}) and two digits-only ones ({@code eng}, as a line and as one word; the
 * second only for cells the first leaves undecided). A cell with Chinese words in it is text (a label, 无); a
 * not-applicable mark is handed on as read. Anything else is a number only when two readings agree on it digit for digit:
 * the general one (confident, letters shaped like digits taken for them) with a confident digits-only one (or, very
 * confident, with a fairly confident one), or both digits-only ones, very confident (or the line one very confident and
 * the general one fitting the number but for one letter, "D7" for 57), where the general one does not confidently read
 * another number. Everything else is
 * uncertain: handed on as what OCR read, marked, never as a guessed number.
 *
 * @param text      the cell's text to hand on
 * @param uncertain true when the cell must be marked {@code data-ocr="uncertain"}
 */
record OcrCell(String text, boolean uncertain) {

    /** The lowest word confidence (0–100) of a digits-only reading that agrees with the general one. */
    static final double DIGITS_CONFIDENCE = 60;
    /** The lowest word confidence of the general reading for it to count. */
    static final double GENERAL_CONFIDENCE = 50;
    /** The lowest word confidence of each of the two digits-only readings when they agree without the general one. */
    static final double BOTH_DIGITS_CONFIDENCE = 80;

    /** A reading this confident lets the one it agrees with count from {@link #AGREEING_DIGITS_CONFIDENCE}. */
    static final double VERY_SURE = 90;
    /** The lowest confidence of a digits-only reading that agrees digit for digit with a very confident general one. */
    static final double AGREEING_DIGITS_CONFIDENCE = 50;
    /** The lowest confidence of the one-word digits reading beside a very confident line one the general one fits. */
    static final double SECOND_DIGITS_CONFIDENCE = 70;

    private static final Pattern CLEAN_NUMBER = Pattern.compile("\\d{1,15}|\\d{1,3}(,\\d{3}){1,4}|\\d{1,12}\\.\\d{1,6}");
    private static final Pattern NOT_APPLICABLE = Pattern.compile("[/／\\\\|\\-－—–_~]{1,3}");
    /** Chinese that a cell of numbers prints instead of a number: not applicable. */
    private static final java.util.Set<String> NOT_APPLICABLE_WORDS = java.util.Set.of("无", "不适用");

    /** The digits-only passes read these characters. */
    static final String DIGITS = "0123456789.,";

    /** The cell from its general reading and one digits-only reading. */
    static OcrCell of(List<Word> general, List<Word> digits) {
        return fromReadings(general, digits, List.of());
    }

    /** The cell from its general reading and its digits-only readings as a line and as a word (empty when not made). */
    static OcrCell fromReadings(List<Word> general, List<Word> line, List<Word> word) {
        String read = join(general);
        if (!numberCandidate(general)) {
            String compact = read.replaceAll("\\s+", "");
            return new OcrCell(NOT_APPLICABLE.matcher(compact).matches() ? compact : read, false);
        }
        String generalNumber = normalized(read.replaceAll("\\s+", ""));
        boolean generalSure = !general.isEmpty() && sure(general, GENERAL_CONFIDENCE);
        for (List<Word> digits : List.of(line, word)) {
            String number = join(digits);
            if (clean(number) && generalSure && sure(digits, DIGITS_CONFIDENCE) && generalNumber.equals(number)) {
                return new OcrCell(number, false);
            }
        }
        String number = join(line);
        if (clean(number) && generalNumber.equals(number) && sure(general, VERY_SURE) && sure(line, AGREEING_DIGITS_CONFIDENCE)) {
            return new OcrCell(number, false);
        }
        boolean contradicted = generalSure && clean(generalNumber) && !generalNumber.equals(number);
        boolean bothDigitsSure = sure(line, BOTH_DIGITS_CONFIDENCE) && sure(word, BOTH_DIGITS_CONFIDENCE)
                || sure(line, VERY_SURE) && sure(word, SECOND_DIGITS_CONFIDENCE) && sameShape(generalNumber, number);
        if (clean(number) && number.equals(join(word)) && bothDigitsSure && !contradicted) {
            return new OcrCell(number, false);
        }
        String shown = !number.isEmpty() ? number : !join(word).isEmpty() ? join(word) : read;
        return new OcrCell(shown, true);
    }

    /**
     * True when the general reading may be a number and needs the digits-only passes: no Chinese (or one character,
     * as OCR reads a blurred 7 as 了, in a cell of at most four characters, other than 无) and no not-applicable mark.
     */
    static boolean numberCandidate(List<Word> general) {
        String compact = join(general).replaceAll("\\s+", "");
        if (NOT_APPLICABLE.matcher(compact).matches() || NOT_APPLICABLE_WORDS.contains(compact)) {
            return false;
        }
        long han = compact.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return han == 0 || han == 1 && compact.length() <= 4;
    }

    /**
     * True when the general reading fits the number: as long, every digit it reads the number's digit there, and at
     * most one character a letter or mark it read for a digit ("D7" for 57).
     */
    static boolean sameShape(String general, String number) {
        if (general.length() != number.length()) {
            return false;
        }
        int other = 0;
        for (int i = 0; i < general.length(); i++) {
            char c = general.charAt(i);
            if (c >= '0' && c <= '9' || c == '.' || c == ',') {
                if (c != number.charAt(i)) {
                    return false;
                }
            } else if (++other > 1) {
                return false;
            }
        }
        return other < general.length();
    }

    private static boolean clean(String number) {
        return CLEAN_NUMBER.matcher(number).matches();
    }

    private static boolean sure(List<Word> words, double confidence) {
        return !words.isEmpty() && words.stream().allMatch(w -> w.confidence() >= confidence);
    }
    /** Words in reading order (Tesseract's lines), a space only between two Latin letters or digits. */
    static String join(List<Word> words) {
        StringBuilder text = new StringBuilder();
        for (Word w : words) {
            if (!text.isEmpty() && latin(text.charAt(text.length() - 1)) && latin(w.text().charAt(0))) {
                text.append(' ');
            }
            text.append(w.text());
        }
        return text.toString().strip();
    }

    /**
     * Full-width digits and separators as ASCII, and the letters a general reading takes a digit for where they have
     * the same shape (O o 〇 for 0, l I | for 1), for comparing the two readings: the number itself always comes from
     * the digits-only reading.
     */
    private static String normalized(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == 'O' || c == 'o' || c == '〇') {
                out.append('0');
            } else if (c == 'l' || c == 'I' || c == '|') {
                out.append('1');
            } else if (c >= '０' && c <= '９') {
                out.append((char) ('0' + c - '０'));
            } else if (c == '，') {
                out.append(',');
            } else if (c == '．') {
                out.append('.');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
