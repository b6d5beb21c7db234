package nianbao.validation.store;

import nianbao.processing.StoreRetry;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps reports, validates each with what is kept of other reports (last year's report of the agency, other agencies'
 * near-identical texts of the year, and for a region-wide report its region's agencies), and validates again the
 * reports its arrival concerns: the agency's next year (T3-04, T2-01, X05), other agencies' near-identical reports
 * (X06), and its region's region-wide reports of this year and later (P04, A01). A report that fails to validate
 * again is logged and keeps its last event: it never fails the report that arrived.
 *
 * <p>A batch is kept first, all of it (one bulk write per collection), and then validated in its order against one
 * {@link HistorySnapshot}: every report of the batch sees the whole batch, so a report concerned by a later report of
 * the same batch is already validated with it, and each report is validated at most once per batch (a concerned report
 * that is validated later in the batch, or was already, is not validated again).
 */
@ApplicationScoped
public class HistoricValidation {

    /** A report checked, with its outcome. */
    public record Checked(String reportId, JsonNode report, Validation validation) {
    }

    /** A report of a batch to validate. */
    public record Arrived(String reportId, JsonNode report) {
    }

    /** What a report of a batch gave: its own validation and those it caused, or the failure that stopped it. */
    public record Outcome(List<Checked> checked, Throwable failure) {
    }

    /** A report with its history key (agency and year), fingerprint and region. */
    private record Keyed(Arrived arrived, String agencyKey, int year, TextFingerprint fingerprint, ReportRegion region,
                         boolean regionWide) {

        String id() {
            return ReportHistoryDocument.id(agencyKey, year);
        }
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
        Outcome outcome = validateAll(List.of(new Arrived(reportId, report))).get(0);
        if (outcome.failure() instanceof RuntimeException e) {
            throw e;
        }
        if (outcome.failure() instanceof Error e) {
            throw e;
        }
        return outcome.checked();
    }

    /**
     * The outcome of each report, in the batch's order. The batch is kept before anything is read: when two reports
     * that concern each other are validated at the same time (another partition, another instance), whichever reads
     * second sees the other.
     *
     * @throws RuntimeException when the store refuses to keep the batch (it is then validated report by report)
     */
    public List<Outcome> validateAll(List<Arrived> batch) {
        List<Keyed> keyed = batch.stream().map(HistoricValidation::keyed).toList();
        List<ReportHistoryDocument> kept = new ArrayList<>();
        List<RegionHistory.Entry> entries = new ArrayList<>();
        for (Keyed k : keyed) {
            if (k != null) {
                kept.add(new ReportHistoryDocument(k.id(), k.agencyKey(), k.year(), k.arrived().reportId(),
                        k.arrived().report().path("agency").asText(), write(k.arrived().report()), k.fingerprint().shingleCount(),
                        k.fingerprint().signature(), k.fingerprint().bands(),
                        ReportHistoryDocument.totals(RegionSumRule.totalsOf(k.arrived().report()))));
                if (k.region() != null) {
                    entries.add(new RegionHistory.Entry(k.region(), k.year(), k.agencyKey(), k.regionWide()));
                }
            }
        }
        StoreRetry.run("keep the reports of a batch", () -> history.saveAll(kept));
        StoreRetry.run("record the regions of a batch", () -> regions.recordAll(entries));
        HistorySnapshot snapshot = prefetched(keyed);

        Map<String, Integer> lastOwn = new HashMap<>();
        for (int i = 0; i < keyed.size(); i++) {
            if (keyed.get(i) != null) {
                lastOwn.put(keyed.get(i).id(), i);
            }
        }
        Set<String> validated = new HashSet<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            try {
                outcomes.add(new Outcome(validate(batch.get(i), keyed.get(i), i, snapshot, lastOwn, validated), null));
            } catch (RuntimeException | Error e) {
                if (StoreRetry.isInterruption(e)) {
                    throw e;
                }
                outcomes.add(new Outcome(List.of(), e));
            }
        }
        return outcomes;
    }

    private List<Checked> validate(Arrived arrived, Keyed k, int index, HistorySnapshot snapshot, Map<String, Integer> lastOwn,
                                   Set<String> validated) {
        if (k == null) {
            return List.of(new Checked(arrived.reportId(), arrived.report(), validator.validate(arrived.report())));
        }
        List<ReportHistoryDocument> peers = peers(snapshot, k.year(), k.agencyKey(), k.fingerprint());
        List<Checked> checked = new ArrayList<>();
        checked.add(new Checked(arrived.reportId(), arrived.report(),
                validator.validate(arrived.report(), historyOf(snapshot, arrived.report(), k.agencyKey(), k.year(), peers))));
        validated.add(k.id());

        Map<String, ReportHistoryDocument> concerned = new LinkedHashMap<>();
        snapshot.find(k.agencyKey(), k.year() + 1).ifPresent(next -> concerned.put(next.id(), next));
        for (ReportHistoryDocument peer : peers) {
            concerned.putIfAbsent(peer.id(), peer);
        }
        if (k.region() != null && !k.regionWide()) {
            for (ReportHistoryDocument regionReport : snapshot.docs(snapshot.regionWideFrom(k.region(), k.year()), true)) {
                concerned.putIfAbsent(regionReport.id(), regionReport);
            }
        }
        for (ReportHistoryDocument other : concerned.values()) {
            // validated already against this snapshot, or validated as its own report later in the batch
            if (validated.contains(other.id()) || lastOwn.getOrDefault(other.id(), -1) > index) {
                continue;
            }
            try {
                again(snapshot, other).ifPresent(checked::add);
                validated.add(other.id());
            } catch (RuntimeException | Error e) {
                if (StoreRetry.isInterruption(e)) {
                    throw e;
                }
                // another report failing to validate again must not fail this one: it keeps its last event
                Log.warnf("report %s not validated again after %s arrived: %s", other.reportId(), arrived.reportId(), e.toString());
            }
        }
        return checked;
    }

    /** The snapshot with what the batch will read: last and next year of each report, its bands, its region. */
    private HistorySnapshot prefetched(List<Keyed> keyed) {
        Set<String> whole = new LinkedHashSet<>();
        Set<String> bands = new LinkedHashSet<>();
        Set<String> regionKeys = new LinkedHashSet<>();
        for (Keyed k : keyed) {
            if (k != null) {
                whole.add(ReportHistoryDocument.id(k.agencyKey(), k.year() - 1));
                whole.add(ReportHistoryDocument.id(k.agencyKey(), k.year() + 1));
                k.fingerprint().bands().forEach(b -> bands.add(ReportHistory.bandKey(k.year(), b)));
                if (k.region() != null) {
                    regionKeys.add(k.region().key());
                }
            }
        }
        HistorySnapshot snapshot = new HistorySnapshot(history, regions);
        snapshot.prefetch(whole, bands, regionKeys);
        return snapshot;
    }

    private static Keyed keyed(Arrived arrived) {
        JsonNode report = arrived.report();
        String agencyKey = AgencyKey.of(report.path("agency").isTextual() ? report.path("agency").asText() : null);
        if (agencyKey == null || !report.path("year").isIntegralNumber() || !report.path("year").canConvertToInt()) {
            return null;
        }
        ReportRegion region = ReportRegion.of(report);
        return new Keyed(arrived, agencyKey, report.path("year").asInt(), TextFingerprint.of(report), region,
                region != null && region.regionWide(report));
    }

    /** A report kept earlier, validated again with what is known now; empty when its report is no longer kept. */
    private Optional<Checked> again(HistorySnapshot snapshot, ReportHistoryDocument other) {
        String otherJson = other.reportJson() != null ? other.reportJson()
                : snapshot.find(other.agencyKey(), other.year()).map(ReportHistoryDocument::reportJson).orElse(null);
        if (otherJson == null) {
            return Optional.empty();
        }
        JsonNode otherReport = read(otherJson);
        List<ReportHistoryDocument> itsPeers = peers(snapshot, other.year(), other.agencyKey(), fingerprintOf(other));
        return Optional.of(new Checked(other.reportId(), otherReport,
                validator.validate(otherReport, historyOf(snapshot, otherReport, other.agencyKey(), other.year(), itsPeers))));
    }

    private History historyOf(HistorySnapshot snapshot, JsonNode report, String agencyKey, int year, List<ReportHistoryDocument> peers) {
        JsonNode previous = snapshot.find(agencyKey, year - 1).map(d -> read(d.reportJson())).orElse(null);
        List<History.Peer> known = peers.stream()
                .map(p -> new History.Peer(p.reportId(), p.agency(), fingerprintOf(p))).toList();
        ReportRegion region = ReportRegion.of(report);
        History.Region agencies = region != null && region.regionWide(report) ? snapshot.regionOf(region, year, this::read) : null;
        return new History(previous, known, agencies);
    }

    private static List<ReportHistoryDocument> peers(HistorySnapshot snapshot, int year, String agencyKey, TextFingerprint fingerprint) {
        return snapshot.candidatesLike(year, agencyKey, fingerprint.bands()).stream()
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
