package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * What is known of other reports when one is checked: the same agency's report of the previous year (null when none
 * has arrived) and the text fingerprints of other agencies' reports of the same year.
 */
public record History(JsonNode previousYear, List<Peer> sameYearPeers) {

    /** Another agency's report of the same year, by its text fingerprint. */
    public record Peer(String reportId, String agency, TextFingerprint fingerprint) {
    }

    public static History none() {
        return new History(null, List.of());
    }

    public History {
        sameYearPeers = sameYearPeers == null ? List.of() : List.copyOf(sameYearPeers);
    }
}
