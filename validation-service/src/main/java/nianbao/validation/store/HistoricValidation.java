package nianbao.validation.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.validation.rules.History;
import nianbao.validation.rules.TextFingerprint;
import nianbao.validation.rules.Validation;
import nianbao.validation.rules.Validator;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a report, validates it with what is kept of other reports (last year's report of the agency, other agencies'
 * near-identical texts of the year), and validates again the reports its arrival concerns: the agency's next year (T3-04,
 * T2-01, X05) and other agencies' near-identical reports (X06).
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
    private final ObjectMapper json;

    public HistoricValidation(Validator validator, ReportHistory history, ObjectMapper json) {
        this.validator = validator;
        this.history = history;
        this.json = json;
    }

    /** The report's own validation first, then those of the reports checked again because it arrived. */
    public List<Checked> validate(String reportId, JsonNode report) {
        String agencyKey = AgencyKey.of(report.path("agency").asText(null));
        if (agencyKey == null || !report.path("year").canConvertToInt()) {
            return List.of(new Checked(reportId, report, validator.validate(report)));
        }
        int year = report.path("year").asInt();
        TextFingerprint fingerprint = TextFingerprint.of(report);
        // kept before anything is read: when years N and N−1 of one agency are validated at the same time (another
        // partition, another instance), whichever reads second sees the other, so N is always checked against N−1
        history.save(new ReportHistoryDocument(ReportHistoryDocument.id(agencyKey, year), agencyKey, year, reportId,
                report.path("agency").asText(), write(report), fingerprint.shingleCount(), fingerprint.signature(), fingerprint.bands()));
        List<ReportHistoryDocument> peers = peers(year, agencyKey, fingerprint);
        List<Checked> checked = new ArrayList<>();
        checked.add(new Checked(reportId, report, validator.validate(report, historyOf(agencyKey, year, peers))));

        Map<String, ReportHistoryDocument> concerned = new LinkedHashMap<>();
        history.find(agencyKey, year + 1).ifPresent(next -> concerned.put(next.id(), next));
        for (ReportHistoryDocument peer : peers) {
            concerned.putIfAbsent(peer.id(), peer);
        }
        for (ReportHistoryDocument other : concerned.values()) {
            List<ReportHistoryDocument> itsPeers = peers(other.year(), other.agencyKey(), fingerprintOf(other));
            String otherJson = other.reportJson() != null ? other.reportJson()
                    : history.find(other.agencyKey(), other.year()).map(ReportHistoryDocument::reportJson).orElse(null);
            if (otherJson == null) {
                continue;
            }
            JsonNode otherReport = read(otherJson);
            checked.add(new Checked(other.reportId(), otherReport,
                    validator.validate(otherReport, historyOf(other.agencyKey(), other.year(), itsPeers))));
        }
        return checked;
    }

    private History historyOf(String agencyKey, int year, List<ReportHistoryDocument> peers) {
        JsonNode previous = history.find(agencyKey, year - 1).map(d -> read(d.reportJson())).orElse(null);
        List<History.Peer> known = peers.stream()
                .map(p -> new History.Peer(p.reportId(), p.agency(), fingerprintOf(p))).toList();
        return new History(previous, known);
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
