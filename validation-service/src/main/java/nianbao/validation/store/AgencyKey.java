package nianbao.validation.store;

import java.text.Normalizer;

/** An agency's name normalized for matching its reports across years: NFKC, no whitespace or punctuation. */
public final class AgencyKey {

    private AgencyKey() {
    }

    public static String of(String agency) {
        if (agency == null || agency.isBlank()) {
            return null;
        }
        return Normalizer.normalize(agency, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}]", "");
    }
}
