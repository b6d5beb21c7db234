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
        if (isAlreadyNormal(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c = (char) (c - 0xFEE0);
            } else if (!isPlain(c)) {
                // rare compatibility forms (①, ㈠, ligatures): the full NFKC decomposition, then the same filtering
                appendFiltered(out, Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
                continue;
            }
            if (!isDropped(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

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

    /** Most label and number cells need no change at all: then the text itself is the answer. */
    private static boolean isAlreadyNormal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0xFF01 && c <= 0xFF5E) || !isPlain(c) || isDropped(c)) {
                return false;
            }
        }
        return true;
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
        }
    }

    private static boolean isIgnorable(char c) {
        return switch (c) {
            case '*', '#', '"', '\'', '“', '”', '‘', '’', '`', '\u200b', '\ufeff' -> true;
            default -> false;
        };
    }
}
