package nianbao.validation.store;

import java.text.Normalizer;

/**
 * When two reports come from the same agency, exactly as {@code docs/agency-key.md} defines it (query-service's
 * {@code AgencyNames} computes the same key): NFKC, then every whitespace, invisible ({@code \p{Cf}}) and punctuation
 * ({@code \p{P}}) character dropped, Latin letters in lower case; an empty result is no key.
 */
public final class AgencyKey {

    private AgencyKey() {
    }

    /** The key of an agency name, or null when nothing of the name is left. */
    public static String of(String agency) {
        if (agency == null) {
            return null;
        }
        String normalized = Normalizer.normalize(agency, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(c -> {
            if (dropped(c)) {
                return;
            }
            key.appendCodePoint(Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? Character.toLowerCase(c) : c);
        });
        return key.isEmpty() ? null : key.toString();
    }

    private static boolean dropped(int c) {
        int type = Character.getType(c);
        boolean punctuation = type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
        boolean whitespace = Character.isWhitespace(c) || Character.isSpaceChar(c);
        return punctuation || whitespace || type == Character.FORMAT;
    }
}
