package nianbao.ingest.decoding;

import nianbao.ingest.ocr.Word;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a table cell of a scanned page holds, decided from two readings of its crop: the general one (Chinese and
 * Latin, any character) and the digits-only one. A cell with Chinese in it is text (a label, 无); a not-applicable mark
 * is handed on as read; anything else is a number only when the digits-only reading is a clean number read with
 * confidence and the general reading agrees with it digit for digit. Everything else is uncertain: handed on as
 * what OCR read, marked, never as a guessed number.
 *
 * @param text      the cell's text to hand on
 * @param uncertain true when the cell must be marked {@code data-ocr="uncertain"}
 */
record OcrCell(String text, boolean uncertain) {

    /** The lowest word confidence (0–100) of the digits-only reading for a number to be taken. */
    static final double DIGITS_CONFIDENCE = 80;
    /** The lowest word confidence of the general reading of a number cell. */
    static final double GENERAL_CONFIDENCE = 50;

    private static final Pattern CLEAN_NUMBER = Pattern.compile("\\d{1,15}|\\d{1,3}(,\\d{3}){1,4}|\\d{1,12}\\.\\d{1,6}");
    private static final Pattern NOT_APPLICABLE = Pattern.compile("[/／\\\\|\\-－—–_~]{1,3}");

    /** The digits-only pass reads these characters. */
    static final String DIGITS = "0123456789.,";

    static OcrCell of(List<Word> general, List<Word> digits) {
        String read = join(general);
        if (hasHan(read)) {
            return new OcrCell(read, false);
        }
        String compact = read.replaceAll("\\s+", "");
        if (NOT_APPLICABLE.matcher(compact).matches()) {
            return new OcrCell(compact, false);
        }
        String number = join(digits);
        boolean clean = CLEAN_NUMBER.matcher(number).matches()
                && digits.stream().allMatch(w -> w.confidence() >= DIGITS_CONFIDENCE)
                && general.stream().allMatch(w -> w.confidence() >= GENERAL_CONFIDENCE)
                && normalized(compact).equals(number);
        if (clean) {
            return new OcrCell(number, false);
        }
        return new OcrCell(number.isEmpty() ? read : number, true);
    }

    /** True when the general reading needs the digits-only pass: it holds no Chinese and is no not-applicable mark. */
    static boolean numberCandidate(List<Word> general) {
        String read = join(general);
        return !hasHan(read) && !NOT_APPLICABLE.matcher(read.replaceAll("\\s+", "")).matches();
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

    /** Full-width digits and separators as ASCII, for comparing the two readings. */
    private static String normalized(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
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
