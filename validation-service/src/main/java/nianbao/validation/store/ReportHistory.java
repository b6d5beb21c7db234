package nianbao.validation.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reports validation-service has seen, one per agency and year (collection {@code reportHistory}), for the rules
 * across years and agencies, and the inverted index of their LSH bands (collection {@code reportHistoryBands}, _id
 * {@code year|band}, the history ids holding that band).
 *
 * <p>Every lookup is by _id, so it costs the same with 100 or 100,000 reports: mongo-java-server, the embedded
 * default, has no secondary indexes and would scan every history document for a query on {@code bands}.
 */
@ApplicationScoped
public class ReportHistory {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> bandIndex;

    public ReportHistory(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.reports = client.getDatabase(database).getCollection("reportHistory");
        this.bandIndex = client.getDatabase(database).getCollection("reportHistoryBands");
    }

    /** Keeps the report as its agency's report of that year (the same report again leaves the same documents). */
    public void save(ReportHistoryDocument report) {
        reports.replaceOne(Filters.eq("_id", report.id()), report.toDocument(), new ReplaceOptions().upsert(true));
        List<UpdateOneModel<Document>> memberships = new ArrayList<>();
        for (String band : report.bands()) {
            memberships.add(new UpdateOneModel<>(Filters.eq("_id", bandKey(report.year(), band)),
                    Updates.addToSet("members", report.id()), UPSERT));
        }
        if (!memberships.isEmpty()) {
            bandIndex.bulkWrite(memberships);
        }
    }

    public Optional<ReportHistoryDocument> find(String agencyKey, int year) {
        return Optional.ofNullable(reports.find(Filters.eq("_id", ReportHistoryDocument.id(agencyKey, year))).first())
                .map(ReportHistoryDocument::from);
    }

    /** The documents of those ids that exist, with or without their report (the bulk of each document). */
    public List<ReportHistoryDocument> findAll(List<String> ids, boolean withReport) {
        List<ReportHistoryDocument> found = new ArrayList<>();
        if (ids.isEmpty()) {
            return found;
        }
        var query = reports.find(Filters.in("_id", ids));
        (withReport ? query : query.projection(Projections.exclude("reportJson"))).forEach(d -> found.add(ReportHistoryDocument.from(d)));
        return found;
    }

    /**
     * Other agencies' reports of the year sharing at least one LSH band: the candidates for near-identical text,
     * without their report (the bulk of each document; {@link #find} has it), since most are only compared.
     */
    public List<ReportHistoryDocument> candidatesLike(int year, String agencyKey, List<String> bands) {
        List<ReportHistoryDocument> found = new ArrayList<>();
        if (bands.isEmpty()) {
            return found;
        }
        Set<String> members = new LinkedHashSet<>();
        for (Document entry : bandIndex.find(Filters.in("_id", bands.stream().map(b -> bandKey(year, b)).toList()))) {
            members.addAll(entry.getList("members", String.class, List.of()));
        }
        members.remove(ReportHistoryDocument.id(agencyKey, year));
        if (members.isEmpty()) {
            return found;
        }
        Set<String> wanted = new HashSet<>(bands);
        for (Document d : reports.find(Filters.in("_id", List.copyOf(members))).projection(Projections.exclude("reportJson"))) {
            ReportHistoryDocument candidate = ReportHistoryDocument.from(d);
            // a membership stays behind when an agency's report of the year is replaced: check the bands it has now
            if (!candidate.agencyKey().equals(agencyKey) && candidate.bands().stream().anyMatch(wanted::contains)) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static String bandKey(int year, String band) {
        return year + "|" + band;
    }
}
