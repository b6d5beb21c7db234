package nianbao.validation.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The reports validation-service has seen, one per agency and year, for the rules across years and agencies. */
@ApplicationScoped
public class ReportHistory {

    private final MongoCollection<Document> reports;

    public ReportHistory(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.reports = client.getDatabase(database).getCollection("reportHistory");
        reports.createIndex(Indexes.ascending("year", "bands"));
    }

    /** Keeps the report as its agency's report of that year (the same report again leaves the same document). */
    public void save(ReportHistoryDocument report) {
        reports.replaceOne(Filters.eq("_id", report.id()), report.toDocument(), new ReplaceOptions().upsert(true));
    }

    public Optional<ReportHistoryDocument> find(String agencyKey, int year) {
        return Optional.ofNullable(reports.find(Filters.eq("_id", ReportHistoryDocument.id(agencyKey, year))).first())
                .map(ReportHistoryDocument::from);
    }

    /** Other agencies' reports of the year sharing at least one LSH band: the candidates for near-identical text. */
    public List<ReportHistoryDocument> candidatesLike(int year, String agencyKey, List<String> bands) {
        List<ReportHistoryDocument> found = new ArrayList<>();
        if (bands.isEmpty()) {
            return found;
        }
        for (Document d : reports.find(Filters.and(Filters.eq("year", year), Filters.in("bands", bands),
                Filters.ne("agencyKey", agencyKey)))) {
            found.add(ReportHistoryDocument.from(d));
        }
        return found;
    }
}
