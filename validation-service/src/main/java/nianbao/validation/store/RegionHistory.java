package nianbao.validation.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.validation.rules.ReportRegion;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which agencies of a region have reported for which year, for P04 and A01 on the region-wide report: collection
 * {@code regions} ({@code _id} the region key, the years it has reports for) and {@code regionYears} ({@code _id}
 * {@code regionKey|year}, the agency keys of its agencies' reports and of its region-wide reports). Every read is by
 * {@code _id}, like {@link ReportHistory}'s; what a region-wide report learns from them is {@link HistorySnapshot}'s.
 */
@ApplicationScoped
public class RegionHistory {

    /** One report's place in its region: the agency of a region-wide report or of an agency's own. */
    public record Entry(ReportRegion region, int year, String agencyKey, boolean regionWide) {
    }

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions IN_ORDER = new BulkWriteOptions().ordered(true);
    private final MongoCollection<Document> regions;
    private final MongoCollection<Document> regionYears;

    public RegionHistory(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.regions = client.getDatabase(database).getCollection("regions");
        this.regionYears = client.getDatabase(database).getCollection("regionYears");
    }

    /** The same report twice leaves the same documents. */
    public void record(ReportRegion region, int year, String agencyKey, boolean regionWide) {
        recordAll(List.of(new Entry(region, year, agencyKey, regionWide)));
    }

    /** Records the entries in their order, one bulk write per collection; the same entries again change nothing. */
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> years = new ArrayList<>();
        List<WriteModel<Document>> members = new ArrayList<>();
        for (Entry e : entries) {
            years.add(new UpdateOneModel<>(Filters.eq("_id", e.region().key()), Updates.addToSet("years", e.year()), UPSERT));
            members.add(new UpdateOneModel<>(Filters.eq("_id", id(e.region().key(), e.year())), Updates.combine(
                    Updates.set("region", e.region().key()), Updates.set("year", e.year()),
                    Updates.addToSet(e.regionWide() ? "regionWide" : "agencies", e.agencyKey()),
                    Updates.pull(e.regionWide() ? "agencies" : "regionWide", e.agencyKey())), UPSERT));
        }
        regions.bulkWrite(years, IN_ORDER);
        regionYears.bulkWrite(members, IN_ORDER);
    }

    /** The years each of those regions has reports for, by region key: one query. */
    Map<String, List<Integer>> years(Collection<String> regionKeys) {
        Map<String, List<Integer>> years = new HashMap<>();
        if (!regionKeys.isEmpty()) {
            regions.find(Filters.in("_id", Set.copyOf(regionKeys)))
                    .forEach(d -> years.put(d.getString("_id"), d.getList("years", Integer.class, List.of())));
        }
        return years;
    }

    /** The documents of those {@code regionKey|year} ids, by id: one query. */
    Map<String, Document> regionYears(Collection<String> ids) {
        Map<String, Document> found = new HashMap<>();
        if (!ids.isEmpty()) {
            regionYears.find(Filters.in("_id", Set.copyOf(ids))).forEach(d -> found.put(d.getString("_id"), d));
        }
        return found;
    }

    static String id(String regionKey, int year) {
        return regionKey + "|" + year;
    }
}
