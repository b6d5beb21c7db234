package nianbao.query.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The MongoDB collections {@code reports} (one document per reportId, everything), {@code reportSummaries} (one slim
 * document per reportId, what searches read) and {@code reportVersions}, with the indexes their queries use. Summaries
 * missing for stored reports (a store from before they existed) are filled in here, before the store is used.
 */
@ApplicationScoped
public class ReportsCollection {

    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> summaries;
    private final MongoCollection<Document> versionGroups;

    public ReportsCollection(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        MongoDatabase db = mongo.getDatabase(database);
        this.reports = db.getCollection("reports");
        this.summaries = db.getCollection("reportSummaries");
        this.versionGroups = db.getCollection("reportVersions");
        reports.createIndex(Indexes.ascending("agency"));
        reports.createIndex(Indexes.ascending("agencyKey", "year"));
        reports.createIndex(Indexes.ascending("versionKey"));
        reports.createIndex(Indexes.ascending("year"));
        reports.createIndex(Indexes.ascending("validation.status"));
        reports.createIndex(Indexes.ascending("region.province", "year"));
        summaries.createIndex(Indexes.ascending("versionKey"));
        summaries.createIndex(Indexes.ascending("agency"));
        summaries.createIndex(Indexes.ascending("year", "agency"));
        summaries.createIndex(Indexes.ascending("region.province", "year", "validation.status"));
        summaries.createIndex(Indexes.ascending("region.city", "year"));
        summaries.createIndex(Indexes.ascending("validation.findings.ruleId"));
        SummaryBackfill.fill(reports, summaries);
    }

    public MongoCollection<Document> get() {
        return reports;
    }

    /** {@code reportSummaries}: per reportId, the fields searches filter, sort and list on ({@link ReportSummaries}). */
    public MongoCollection<Document> summaries() {
        return summaries;
    }

    /** {@code reportVersions}: per version key (agency and year), the reportIds filed under it. */
    public MongoCollection<Document> versionGroups() {
        return versionGroups;
    }
}
