package nianbao.parser.parsing;

import java.text.Normalizer;

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
        StringBuilder out = new StringBuilder(length);
        out.append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            if (keptAsIs(c)) {
                out.append(c);
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                char folded = (char) (c - 0xFEE0);
                if (!isDropped(folded)) {
                    out.append(folded);
                }
            } else if (!isPlain(c)) {
                // rare compatibility forms (①, ㈠, ligatures): the full NFKC decomposition, then the same filtering
                appendFiltered(out, Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else if (!isDropped(c)) {
                out.append(c);
            }
        }
        return out.toString();
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

    private static void appendFiltered(StringBuilder out, String decomposed) {
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (!isDropped(c)) {
                out.append(c);
            }
        }
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
