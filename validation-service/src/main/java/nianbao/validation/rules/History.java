package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What is known of other reports when one is checked: the same agency's report of the previous year (null when none
 * has arrived), the text fingerprints of other agencies' reports of the same year, and for a region-wide report its
 * region's agencies (null when not known: the rules across reports then stay silent).
 */
public record History(JsonNode previousYear, List<Peer> sameYearPeers, Region region) {

    /** Another agency's report of the same year, by its text fingerprint. */
    public record Peer(String reportId, String agency, TextFingerprint fingerprint) {
    }

    /**
     * The agencies of a region-wide report's region: their reports of the same year, and the agencies known from
     * earlier years (a report in validation's history) that have none for this year.
     */
    public record Region(List<AgencyReport> reportsOfYear, List<KnownAgency> withoutReport) {

        public Region {
            reportsOfYear = List.copyOf(reportsOfYear);
            withoutReport = List.copyOf(withoutReport);
        }
    }

    /**
     * An agency's report of the region-wide report's year, by the totals A01 compares ({@link RegionSumRule#TOTALS}):
     * each with its value for checking, none for a total that is unread or absent.
     */
    public record AgencyReport(String agency, Map<String, BigDecimal> totals) {

        public AgencyReport {
            totals = Map.copyOf(totals);
        }

        public static AgencyReport of(String agency, JsonNode report) {
            return new AgencyReport(agency, RegionSumRule.totalsOf(report));
        }
    }

    /** An agency of the region known from an earlier year, with the last year it reported. */
    public record KnownAgency(String agency, int lastYear) {
    }

    public static History none() {
        return new History(null, List.of(), null);
    }

    public History(JsonNode previousYear, List<Peer> sameYearPeers) {
        this(previousYear, sameYearPeers, null);
    }

    public History {
        sameYearPeers = sameYearPeers == null ? List.of() : List.copyOf(sameYearPeers);
    }
}
