package nianbao.validation.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.validation.rules.History;
import nianbao.validation.rules.RegionSumRule;
import nianbao.validation.rules.ReportRegion;
import nianbao.validation.rules.TextFingerprint;
import nianbao.validation.rules.Validation;
import nianbao.validation.rules.Validator;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a report, validates it with what is kept of other reports (last year's report of the agency, other agencies'
 * near-identical texts of the year, and for a region-wide report its region's agencies), and validates again the
 * reports its arrival concerns: the agency's next year (T3-04, T2-01, X05), other agencies' near-identical reports
 * (X06), and its region's region-wide reports of this year and later (P04, A01). A report that fails to validate
 * again is logged and keeps its last event: it never fails the report that arrived.
 */
@ApplicationScoped
public class HistoricValidation {

    /** A report checked, with its outcome. */
    public record Checked(String reportId, JsonNode report, Validation validation) {
    }

    private static final int MAX_PEERS = 20;
    private static final double NEAR_IDENTICAL = 0.9;

    private final Validator validator;
    private final ReportHistory history;
    private final RegionHistory regions;
    private final ObjectMapper json;

    public HistoricValidation(Validator validator, ReportHistory history, RegionHistory regions, ObjectMapper json) {
        this.validator = validator;
        this.history = history;
        this.regions = regions;
        this.json = json;
    }

    /** The report's own validation first, then those of the reports checked again because it arrived. */
    public List<Checked> validate(String reportId, JsonNode report) {
        String agencyKey = AgencyKey.of(report.path("agency").isTextual() ? report.path("agency").asText() : null);
        if (agencyKey == null || !report.path("year").isIntegralNumber() || !report.path("year").canConvertToInt()) {
            return List.of(new Checked(reportId, report, validator.validate(report)));
        }
        int year = report.path("year").asInt();
        TextFingerprint fingerprint = TextFingerprint.of(report);
        ReportRegion region = ReportRegion.of(report);
        boolean regionWide = region != null && region.regionWide(report);
        // kept before anything is read: when two reports that concern each other are validated at the same time
        // (another partition, another instance), whichever reads second sees the other
        history.save(new ReportHistoryDocument(ReportHistoryDocument.id(agencyKey, year), agencyKey, year, reportId,
                report.path("agency").asText(), write(report), fingerprint.shingleCount(), fingerprint.signature(), fingerprint.bands(),
                ReportHistoryDocument.totals(RegionSumRule.totalsOf(report))));
        if (region != null) {
            regions.record(region, year, agencyKey, regionWide);
        }
        List<ReportHistoryDocument> peers = peers(year, agencyKey, fingerprint);
        List<Checked> checked = new ArrayList<>();
        checked.add(new Checked(reportId, report, validator.validate(report, historyOf(report, agencyKey, year, peers))));

        Map<String, ReportHistoryDocument> concerned = new LinkedHashMap<>();
        history.find(agencyKey, year + 1).ifPresent(next -> concerned.put(next.id(), next));
        for (ReportHistoryDocument peer : peers) {
            concerned.putIfAbsent(peer.id(), peer);
        }
        if (region != null && !regionWide) {
            for (ReportHistoryDocument regionReport : history.findAll(regions.regionWideFrom(region, year), true)) {
                concerned.putIfAbsent(regionReport.id(), regionReport);
            }
        }
        for (ReportHistoryDocument other : concerned.values()) {
            try {
                again(other).ifPresent(checked::add);
            } catch (RuntimeException | Error e) {
                // another report failing to validate again must not fail this one: it keeps its last event
                Log.warnf("report %s not validated again after %s arrived: %s", other.reportId(), reportId, e.toString());
            }
        }
        return checked;
    }

    /** A report kept earlier, validated again with what is known now; empty when its report is no longer kept. */
    private Optional<Checked> again(ReportHistoryDocument other) {
        String otherJson = other.reportJson() != null ? other.reportJson()
                : history.find(other.agencyKey(), other.year()).map(ReportHistoryDocument::reportJson).orElse(null);
        if (otherJson == null) {
            return Optional.empty();
        }
        JsonNode otherReport = read(otherJson);
        List<ReportHistoryDocument> itsPeers = peers(other.year(), other.agencyKey(), fingerprintOf(other));
        return Optional.of(new Checked(other.reportId(), otherReport,
                validator.validate(otherReport, historyOf(otherReport, other.agencyKey(), other.year(), itsPeers))));
    }

    private History historyOf(JsonNode report, String agencyKey, int year, List<ReportHistoryDocument> peers) {
        JsonNode previous = history.find(agencyKey, year - 1).map(d -> read(d.reportJson())).orElse(null);
        List<History.Peer> known = peers.stream()
                .map(p -> new History.Peer(p.reportId(), p.agency(), fingerprintOf(p))).toList();
        ReportRegion region = ReportRegion.of(report);
        History.Region agencies = region != null && region.regionWide(report) ? regions.of(region, year, this::read) : null;
        return new History(previous, known, agencies);
    }

    private List<ReportHistoryDocument> peers(int year, String agencyKey, TextFingerprint fingerprint) {
        return history.candidatesLike(year, agencyKey, fingerprint.bands()).stream()
                .filter(c -> fingerprint.similarity(fingerprintOf(c)) >= NEAR_IDENTICAL).limit(MAX_PEERS).toList();
    }

    private static TextFingerprint fingerprintOf(ReportHistoryDocument d) {
        return new TextFingerprint(d.shingleCount(), d.signature());
    }

    private String write(JsonNode report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
