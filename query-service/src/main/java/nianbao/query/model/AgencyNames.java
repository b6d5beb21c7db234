package nianbao.query.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key that says two reports come from the same agency: the name as written, NFKC-normalized (full-width letters,
 * digits and brackets become their plain forms), without any whitespace or invisible characters, Latin letters in
 * lower case. Nothing else is dropped or guessed: 中卫市商务局 and 中卫市商务和投资促进局 stay two agencies.
 */
public final class AgencyNames {

    private AgencyNames() {
    }

    public static String key(String agency) {
        if (agency == null) {
            return null;
        }
        String normalized = Normalizer.normalize(agency, Normalizer.Form.NFKC)
                .replaceAll("[\\s\\p{Cf}\\u3000]+", "")
                .toLowerCase(Locale.ROOT);
        return normalized.isEmpty() ? null : normalized;
    }
}
