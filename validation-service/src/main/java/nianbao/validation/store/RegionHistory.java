package nianbao.validation.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.validation.rules.History;
import nianbao.validation.rules.RegionSumRule;
import nianbao.validation.rules.ReportRegion;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Which agencies of a region have reported for which year, for P04 and A01 on the region-wide report: collection
 * {@code regions} ({@code _id} the region key, the years it has reports for) and {@code regionYears} ({@code _id}
 * {@code regionKey|year}, the agency keys of its agencies' reports and of its region-wide reports). Every read is by
 * {@code _id}, like {@link ReportHistory}'s.
 */
@ApplicationScoped
public class RegionHistory {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private final MongoCollection<Document> regions;
    private final MongoCollection<Document> regionYears;
    private final ReportHistory reports;

    public RegionHistory(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database,
                         ReportHistory reports) {
        this.regions = client.getDatabase(database).getCollection("regions");
        this.regionYears = client.getDatabase(database).getCollection("regionYears");
        this.reports = reports;
    }

    /** The same report twice leaves the same documents. */
    public void record(ReportRegion region, int year, String agencyKey, boolean regionWide) {
        regions.updateOne(Filters.eq("_id", region.key()), Updates.addToSet("years", year), UPSERT);
        regionYears.updateOne(Filters.eq("_id", id(region.key(), year)), Updates.combine(
                Updates.set("region", region.key()), Updates.set("year", year),
                Updates.addToSet(regionWide ? "regionWide" : "agencies", agencyKey),
                Updates.pull(regionWide ? "agencies" : "regionWide", agencyKey)), UPSERT);
    }

    /**
     * A region-wide report's region for the year: its agencies' reports of that year (their totals, kept with them, so
     * that no report is read whole), and the agencies that reported for an earlier year but not for this one, each
     * with the last year it reported.
     */
    public History.Region of(ReportRegion region, int year, Function<String, JsonNode> read) {
        Map<Integer, Document> byYear = years(region, y -> y <= year);
        List<String> reporting = members(byYear.get(year), "agencies");
        List<History.AgencyReport> reportsOfYear = new ArrayList<>();
        for (ReportHistoryDocument d : reports.findAll(reporting.stream().map(a -> ReportHistoryDocument.id(a, year)).toList(), false)) {
            Map<String, BigDecimal> totals = d.totalsByPath();
            if (totals == null) {
                // kept before the totals were: read them from the report once more
                totals = reports.find(d.agencyKey(), year).map(full -> RegionSumRule.totalsOf(read.apply(full.reportJson()))).orElse(Map.of());
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
        reports.findAll(lastYear.entrySet().stream().map(e -> ReportHistoryDocument.id(e.getKey(), e.getValue())).toList(), false)
                .forEach(d -> names.put(d.agencyKey(), d.agency()));
        List<History.KnownAgency> withoutReport = lastYear.entrySet().stream()
                .map(e -> new History.KnownAgency(names.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
        return new History.Region(reportsOfYear, withoutReport);
    }

    /** The history ids of the region's region-wide reports of the year and the years after. */
    public List<String> regionWideFrom(ReportRegion region, int year) {
        List<String> ids = new ArrayList<>();
        years(region, y -> y >= year).forEach((y, d) -> members(d, "regionWide").forEach(a -> ids.add(ReportHistoryDocument.id(a, y))));
        return ids;
    }

    private Map<Integer, Document> years(ReportRegion region, IntPredicate wanted) {
        Document known = regions.find(Filters.eq("_id", region.key())).first();
        List<String> ids = known == null ? List.of() : known.getList("years", Integer.class, List.of()).stream()
                .filter(wanted::test).map(y -> id(region.key(), y)).toList();
        Map<Integer, Document> byYear = new TreeMap<>();
        if (!ids.isEmpty()) {
            regionYears.find(Filters.in("_id", ids)).forEach(d -> byYear.put(d.getInteger("year"), d));
        }
        return byYear;
    }

    private static List<String> members(Document regionYear, String field) {
        return regionYear == null ? List.of() : regionYear.getList(field, String.class, List.of());
    }

    private static String id(String regionKey, int year) {
        return regionKey + "|" + year;
    }
}
