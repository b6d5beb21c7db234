package nianbao.parser.corpus.families;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers shared by the layouts: full-width digits and hard-wrapping. */
final class Digits {

    /** Punctuation that typesetting never puts at the start of a line. */
    private static final String CLOSING = "。，、；：）》”’！？";

    private Digits() {
    }

    /** "1288" → "１２８８", "96171.6" → "９６１７１．６". */
    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == '.' ? '．' : c);
        }
        return out.toString();
    }

    /**
     * Splits {@code text} into chunks of at most {@code width} characters (the last may be shorter), never inside a
     * run of ASCII digits or letters ("2024" stays whole, as text extraction keeps it).
     */
    static List<String> wrap(String text, int width) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int cut = Math.min(text.length(), start + width);
            while (cut < text.length() && cut > start + 1 && ascii(text.charAt(cut - 1)) && ascii(text.charAt(cut))) {
                cut--;
            }
            if (cut == start + 1 && ascii(text.charAt(start)) && width > 1) {
                cut = Math.min(text.length(), start + width);
            }
            while (cut < text.length() && CLOSING.indexOf(text.charAt(cut)) >= 0) {
                cut++;
            }
            chunks.add(text.substring(start, cut));
            start = cut;
        }
        if (chunks.isEmpty()) {
            chunks.add("");
        }
        return chunks;
    }

    private static boolean ascii(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
