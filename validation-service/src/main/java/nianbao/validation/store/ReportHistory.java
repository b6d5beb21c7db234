package nianbao.validation.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reports validation-service has seen, one per agency and year (collection {@code reportHistory}), for the rules
 * across years and agencies, and the inverted index of their LSH bands (collection {@code reportHistoryBands}, _id
 * {@code year|band}, the history ids holding that band).
 *
 * <p>Every lookup is by _id, so it costs the same with 100 or 100,000 reports: mongo-java-server, the embedded
 * default, has no secondary indexes and would scan every history document for a query on {@code bands}. A batch is kept
 * with two bulk writes ({@link #saveAll}) and read through a {@link HistorySnapshot} with a few {@code $in} reads.
 */
@ApplicationScoped
public class ReportHistory {

    /** Reports of one year a band may name as candidates for near-identical text; a band shared by more says nothing. */
    static final int MAX_BAND_MEMBERS = 50;
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions IN_ORDER = new BulkWriteOptions().ordered(true);
    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> bandIndex;

    public ReportHistory(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.reports = client.getDatabase(database).getCollection("reportHistory");
        this.bandIndex = client.getDatabase(database).getCollection("reportHistoryBands");
    }

    /** Keeps the report as its agency's report of that year (the same report again leaves the same documents). */
    public void save(ReportHistoryDocument report) {
        saveAll(List.of(report));
    }

    /**
     * Keeps the reports in their order (of two reports of one agency and year the later is kept), in one bulk write per
     * collection; the same reports again leave the same documents.
     */
    public void saveAll(List<ReportHistoryDocument> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> replacements = new ArrayList<>();
        List<WriteModel<Document>> memberships = new ArrayList<>();
        Set<String> full = fullBands(batch);
        for (ReportHistoryDocument report : batch) {
            replacements.add(new ReplaceOneModel<>(Filters.eq("_id", report.id()), report.toDocument(), new ReplaceOptions().upsert(true)));
            for (String band : report.bands()) {
                String key = bandKey(report.year(), band);
                // a band takes members only until it holds more than MAX_BAND_MEMBERS (see bandMembers); filtered by
                // _id alone, the one query mongo-java-server answers from its index
                if (!full.contains(key)) {
                    memberships.add(new UpdateOneModel<>(Filters.eq("_id", key), Updates.addToSet("members", report.id()), UPSERT));
                }
            }
        }
        reports.bulkWrite(replacements, IN_ORDER);
        if (!memberships.isEmpty()) {
            bandIndex.bulkWrite(memberships, IN_ORDER);
        }
    }

    /** The bands of the batch that already hold more than {@link #MAX_BAND_MEMBERS} reports: one query. */
    private Set<String> fullBands(List<ReportHistoryDocument> batch) {
        Set<String> keys = new HashSet<>();
        batch.forEach(report -> report.bands().forEach(band -> keys.add(bandKey(report.year(), band))));
        Set<String> full = new HashSet<>();
        if (!keys.isEmpty()) {
            bandIndex.find(Filters.in("_id", keys)).forEach(entry -> {
                if (entry.getList("members", String.class, List.of()).size() > MAX_BAND_MEMBERS) {
                    full.add(entry.getString("_id"));
                }
            });
        }
        return full;
    }

    public Optional<ReportHistoryDocument> find(String agencyKey, int year) {
        return Optional.ofNullable(reports.find(Filters.eq("_id", ReportHistoryDocument.id(agencyKey, year))).first())
                .map(ReportHistoryDocument::from);
    }

    /** The documents of those ids that exist, with or without their report (the bulk of each document): one query. */
    public List<ReportHistoryDocument> findAll(Collection<String> ids, boolean withReport) {
        List<ReportHistoryDocument> found = new ArrayList<>();
        if (ids.isEmpty()) {
            return found;
        }
        var query = reports.find(Filters.in("_id", Set.copyOf(ids)));
        (withReport ? query : query.projection(Projections.exclude("reportJson"))).forEach(d -> found.add(ReportHistoryDocument.from(d)));
        return found;
    }

    /**
     * The history ids holding each of those bands of the year ({@code year|band}), by band key: one query. A band that
     * more than {@link #MAX_BAND_MEMBERS} reports of the year share is the format's boilerplate, not a sign of one
     * text copied from another: it names no candidate (and stops taking members, so neither its document nor the
     * reads grow with the number of reports).
     */
    Map<String, List<String>> bandMembers(Collection<String> bandKeys) {
        Map<String, List<String>> members = new HashMap<>();
        if (!bandKeys.isEmpty()) {
            bandIndex.find(Filters.in("_id", Set.copyOf(bandKeys)))
                    .forEach(entry -> {
                        List<String> ids = entry.getList("members", String.class, List.of());
                        members.put(entry.getString("_id"), ids.size() > MAX_BAND_MEMBERS ? List.of() : ids);
                    });
        }
        return members;
    }

    /**
     * Other agencies' reports of the year sharing at least one LSH band: the candidates for near-identical text,
     * without their report (the bulk of each document; {@link #find} has it), since most are only compared.
     */
    public List<ReportHistoryDocument> candidatesLike(int year, String agencyKey, List<String> bands) {
        return new HistorySnapshot(this, null).candidatesLike(year, agencyKey, bands);
    }

    static String bandKey(int year, String band) {
        return year + "|" + band;
    }
}
