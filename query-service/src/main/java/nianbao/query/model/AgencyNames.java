package nianbao.query.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The agency key of docs/agency-key.md, which says when two reports come from the same agency: the name NFKC-normalized
 * (full-width letters, digits and brackets become their plain forms), without any whitespace, invisible (format) or
 * punctuation character, Latin letters in lower case; an empty result is no key. Nothing else is dropped or guessed:
 * 中卫市商务局 and 中卫市商务和投资促进局 stay two agencies. validation-service computes the same key.
 */
public final class AgencyNames {

    private static final Pattern DROPPED = Pattern.compile("[\\p{IsWhite_Space}\\p{Cf}\\p{P}]+");

    private AgencyNames() {
    }

    /** The key of the agency name; null for a null name or one with nothing left. */
    public static String key(String agency) {
        if (agency == null) {
            return null;
        }
        String kept = DROPPED.matcher(Normalizer.normalize(agency, Normalizer.Form.NFKC)).replaceAll("");
        StringBuilder key = new StringBuilder(kept.length());
        kept.codePoints().forEach(c -> key.appendCodePoint(
                Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? Character.toLowerCase(c) : c));
        return key.isEmpty() ? null : key.toString();
    }
}
