package nianbao.parser.parsing;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Normalizes text for matching labels: full-width forms to half-width (NFKC), no whitespace of any kind
 * (PDF extraction puts spaces and breaks inside words: "尚 未 审 结"), no quotes or markdown emphasis.
 */
public final class Labels {

    private Labels() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int length = text.length();
        int first = 0;
        while (first < length && keptAsIs(text.charAt(first))) {
            first++;
        }
        if (first == length) {
            return text;
        }
        // a plain char array, not a StringBuilder: every character passes through here once per report. The text is
        // copied into it in one go and compacted in place (a character is only kept, folded or dropped, so the write
        // position never passes the read position); a compatibility form, which may decompose into several
        // characters, sends the text to the general loop below
        char[] out = new char[length];
        text.getChars(0, length, out, 0);
        int size = first;
        for (int i = first; i < length; i++) {
            char c = out[i];
            if (keptAsIs(c)) {
                out[size++] = c;
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                char folded = (char) (c - 0xFEE0);
                if (!isDropped(folded)) {
                    out[size++] = folded;
                }
            } else if (!isPlain(c)) {
                return normalizeWithDecompositions(text, first);
            } else if (!isDropped(c)) {
                out[size++] = c;
            }
        }
        return new String(out, 0, size);
    }

    /** The general loop: as above, with the full NFKC decomposition of the rare compatibility forms (①, ㈠, ligatures). */
    private static String normalizeWithDecompositions(String text, int first) {
        int length = text.length();
        char[] out = new char[length];
        text.getChars(0, first, out, 0);
        int size = first;
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            if (keptAsIs(c)) {
                out[size++] = c;
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                char folded = (char) (c - 0xFEE0);
                if (!isDropped(folded)) {
                    out[size++] = folded;
                }
            } else if (!isPlain(c)) {
                // rare compatibility forms (①, ㈠, ligatures): the full NFKC decomposition, then the same filtering
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                if (size + decomposed.length() + (length - i - 1) > out.length) {
                    out = Arrays.copyOf(out, Math.max(out.length * 2, size + decomposed.length() + (length - i - 1)));
                }
                size = appendFiltered(out, size, decomposed);
            } else if (!isDropped(c)) {
                out[size++] = c;
            }
        }
        return new String(out, 0, size);
    }

    /** A character that normalizing leaves as it is: most CJK and ASCII text (one table lookup per character). */
    private static boolean keptAsIs(char c) {
        return KEPT_AS_IS[c];
    }

    private static final boolean[] KEPT_AS_IS = new boolean[Character.MAX_VALUE + 1];

    /** Characters NFKC leaves unchanged that make up almost all report text: ASCII, CJK, CJK punctuation. */
    private static boolean isPlain(char c) {
        return c < 0x00A0 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x3037) || (c >= 0x2010 && c <= 0x2023);
    }

    /** Appends the characters of a decomposition that are not dropped; the new size. */
    private static int appendFiltered(char[] out, int size, String decomposed) {
        int at = size;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (!isDropped(c)) {
                out[at++] = c;
            }
        }
        return at;
    }

    private static boolean isDropped(char c) {
        if (c >= 0x4E00 && c <= 0x9FFF) {
            return false;
        }
        if (c < 0x80) {
            return ASCII_DROPPED[c];
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || isIgnorable(c);
    }

    private static final boolean[] ASCII_DROPPED = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_DROPPED[c] = Character.isWhitespace(c) || Character.isSpaceChar(c) || isIgnorable(c);
            KEPT_AS_IS[c] = !ASCII_DROPPED[c];
        }
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            KEPT_AS_IS[c] = true;
        }
        for (char c = 0x3001; c <= 0x3037; c++) {
            KEPT_AS_IS[c] = true;
        }
    }

    private static boolean isIgnorable(char c) {
        return switch (c) {
            case '*', '#', '"', '\'', '“', '”', '‘', '’', '`', '\u200b', '\ufeff' -> true;
            default -> false;
        };
    }
}
