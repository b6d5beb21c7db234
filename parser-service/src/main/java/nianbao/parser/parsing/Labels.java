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
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isIgnorable(c)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isIgnorable(char c) {
        return switch (c) {
            case '*', '#', '"', '\'', '“', '”', '‘', '’', '`', '\u200b', '\ufeff' -> true;
            default -> false;
        };
    }
}
