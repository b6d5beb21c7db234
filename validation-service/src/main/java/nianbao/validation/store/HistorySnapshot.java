package nianbao.validation.store;

import nianbao.processing.StoreRetry;
import com.fasterxml.jackson.databind.JsonNode;
import nianbao.validation.rules.History;
import nianbao.validation.rules.RegionSumRule;
import nianbao.validation.rules.ReportRegion;
import org.bson.Document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * What validation reads of the history while it validates one batch, each document read once: the batch's likely reads
 * in a few {@code $in} queries up front ({@link #prefetch}), anything else on first use. Built after the batch's own
 * reports are kept, so every report of the batch sees the others, and a report validated at the same time elsewhere
 * (another partition, another instance) sees them too. A store that cannot be reached is waited for ({@link StoreRetry}).
 * One batch, one thread: not thread-safe.
 */
public final class HistorySnapshot {

    private final ReportHistory history;
    private final RegionHistory regions;
    private final Map<String, Optional<ReportHistoryDocument>> full = new HashMap<>();
    private final Map<String, Optional<ReportHistoryDocument>> slim = new HashMap<>();
    private final Map<String, List<String>> bandMembers = new HashMap<>();
    private final Map<String, List<Integer>> regionYearsByRegion = new HashMap<>();
    private final Map<String, Optional<Document>> regionYearDocs = new HashMap<>();

    /** A snapshot over these collections; without {@code regions}, region-wide reports learn nothing of their region. */
    public HistorySnapshot(ReportHistory history, RegionHistory regions) {
        this.history = history;
        this.regions = regions;
    }

    /** Reads in one query each: these whole documents, these bands with their members' documents, these regions. */
    public void prefetch(Collection<String> wholeIds, Collection<String> bandKeys, Collection<String> regionKeys) {
        docs(wholeIds, true);
        Set<String> members = new LinkedHashSet<>();
        bands(bandKeys).values().forEach(members::addAll);
        docs(members, false);
        if (regions != null) {
            Set<String> ids = new LinkedHashSet<>();
            regionYears(regionKeys).forEach((key, years) -> years.forEach(y -> ids.add(RegionHistory.id(key, y))));
            regionYearDocs(ids);
        }
    }

    /** The agency's report of the year, whole. */
    public Optional<ReportHistoryDocument> find(String agencyKey, int year) {
        return docs(List.of(ReportHistoryDocument.id(agencyKey, year)), true).stream().findFirst();
    }

    /** The documents of those ids that exist, in the order of the ids, with or without their report. */
    public List<ReportHistoryDocument> docs(Collection<String> ids, boolean withReport) {
        Set<String> wanted = new LinkedHashSet<>(ids);
        List<String> missing = wanted.stream().filter(id -> !full.containsKey(id) && (withReport || !slim.containsKey(id))).toList();
        if (!missing.isEmpty()) {
            Map<String, Optional<ReportHistoryDocument>> cache = withReport ? full : slim;
            missing.forEach(id -> cache.put(id, Optional.empty()));
            StoreRetry.call("read the report history", () -> history.findAll(missing, withReport))
                    .forEach(d -> cache.put(d.id(), Optional.of(d)));
        }
        List<ReportHistoryDocument> found = new ArrayList<>();
        for (String id : wanted) {
            Optional<ReportHistoryDocument> doc = full.containsKey(id) || withReport ? full.get(id) : slim.get(id);
            doc.ifPresent(found::add);
        }
        return found;
    }

    /**
     * Other agencies' reports of the year sharing at least one LSH band: the candidates for near-identical text,
     * without their report, since most are only compared.
     */
    public List<ReportHistoryDocument> candidatesLike(int year, String agencyKey, List<String> bands) {
        if (bands.isEmpty()) {
            return List.of();
        }
        Set<String> members = new LinkedHashSet<>();
        bands(bands.stream().map(b -> ReportHistory.bandKey(year, b)).toList()).values().forEach(members::addAll);
        members.remove(ReportHistoryDocument.id(agencyKey, year));
        Set<String> wanted = new HashSet<>(bands);
        // a membership stays behind when an agency's report of the year is replaced: check the bands it has now
        return docs(members, false).stream()
                .filter(c -> !c.agencyKey().equals(agencyKey) && c.bands().stream().anyMatch(wanted::contains)).toList();
    }

    /** The history ids of the region's region-wide reports of the year and the years after. */
    public List<String> regionWideFrom(ReportRegion region, int year) {
        List<String> ids = new ArrayList<>();
        years(region, y -> y >= year).forEach((y, d) -> members(d, "regionWide").forEach(a -> ids.add(ReportHistoryDocument.id(a, y))));
        return ids;
    }

    /**
     * A region-wide report's region for the year: its agencies' reports of that year (their totals, kept with them, so
     * that no report is read whole), and the agencies that reported for an earlier year but not for this one, each
     * with the last year it reported.
     */
    public History.Region regionOf(ReportRegion region, int year, Function<String, JsonNode> read) {
        Map<Integer, Document> byYear = years(region, y -> y <= year);
        List<String> reporting = members(byYear.get(year), "agencies");
        List<History.AgencyReport> reportsOfYear = new ArrayList<>();
        for (ReportHistoryDocument d : docs(reporting.stream().map(a -> ReportHistoryDocument.id(a, year)).toList(), false)) {
            Map<String, BigDecimal> totals = d.totalsByPath();
            if (totals == null) {
                // kept before the totals were: read them from the report once more
                totals = find(d.agencyKey(), year).map(whole -> RegionSumRule.totalsOf(read.apply(whole.reportJson()))).orElse(Map.of());
            }
            reportsOfYear.add(new History.AgencyReport(d.agency(), totals));
        }
        Map<String, Integer> lastYear = new LinkedHashMap<>();
        new TreeMap<>(byYear).descendingMap().forEach((y, d) -> {
            if (y < year) {
                members(d, "agencies").stream().filter(a -> !reporting.contains(a)).forEach(a -> lastYear.putIfAbsent(a, y));
            }
        });
        Map<String, String> names = new HashMap<>();
        docs(lastYear.entrySet().stream().map(e -> ReportHistoryDocument.id(e.getKey(), e.getValue())).toList(), false)
                .forEach(d -> names.put(d.agencyKey(), d.agency()));
        List<History.KnownAgency> withoutReport = lastYear.entrySet().stream()
                .map(e -> new History.KnownAgency(names.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
        return new History.Region(reportsOfYear, withoutReport);
    }

    private Map<String, List<String>> bands(Collection<String> keys) {
        List<String> missing = keys.stream().distinct().filter(k -> !bandMembers.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            Map<String, List<String>> loaded = StoreRetry.call("read the band index", () -> history.bandMembers(missing));
            missing.forEach(k -> bandMembers.put(k, loaded.getOrDefault(k, List.of())));
        }
        Map<String, List<String>> found = new LinkedHashMap<>();
        keys.forEach(k -> found.put(k, bandMembers.get(k)));
        return found;
    }

    private Map<String, List<Integer>> regionYears(Collection<String> regionKeys) {
        List<String> missing = regionKeys.stream().distinct().filter(k -> !regionYearsByRegion.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            Map<String, List<Integer>> loaded = StoreRetry.call("read the regions", () -> regions.years(missing));
            missing.forEach(k -> regionYearsByRegion.put(k, loaded.getOrDefault(k, List.of())));
        }
        Map<String, List<Integer>> found = new LinkedHashMap<>();
        regionKeys.forEach(k -> found.put(k, regionYearsByRegion.get(k)));
        return found;
    }

    private Map<String, Document> regionYearDocs(Collection<String> ids) {
        List<String> missing = ids.stream().distinct().filter(id -> !regionYearDocs.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            Map<String, Document> loaded = StoreRetry.call("read the regions' years", () -> regions.regionYears(missing));
            missing.forEach(id -> regionYearDocs.put(id, Optional.ofNullable(loaded.get(id))));
        }
        Map<String, Document> found = new LinkedHashMap<>();
        ids.forEach(id -> regionYearDocs.get(id).ifPresent(d -> found.put(id, d)));
        return found;
    }

    private Map<Integer, Document> years(ReportRegion region, IntPredicate wanted) {
        Map<Integer, Document> byYear = new TreeMap<>();
        if (regions == null) {
            return byYear;
        }
        List<Integer> years = regionYears(List.of(region.key())).get(region.key()).stream().filter(wanted::test).toList();
        Map<String, Document> docs = regionYearDocs(years.stream().map(y -> RegionHistory.id(region.key(), y)).toList());
        docs.values().forEach(d -> byYear.put(d.getInteger("year"), d));
        return byYear;
    }

    private static List<String> members(Document regionYear, String field) {
        return regionYear == null ? List.of() : regionYear.getList(field, String.class, List.of());
    }
}
