package nianbao.query.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The MongoDB collections {@code reports} (one document per reportId, with the indexes its queries use) and {@code reportVersions}. */
@ApplicationScoped
public class ReportsCollection {

    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> versionGroups;

    public ReportsCollection(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.reports = mongo.getDatabase(database).getCollection("reports");
        this.versionGroups = mongo.getDatabase(database).getCollection("reportVersions");
        reports.createIndex(Indexes.ascending("agency"));
        reports.createIndex(Indexes.ascending("agencyKey", "year"));
        reports.createIndex(Indexes.ascending("versionKey"));
        reports.createIndex(Indexes.ascending("year"));
        reports.createIndex(Indexes.ascending("validation.status"));
        reports.createIndex(Indexes.ascending("region.province", "year"));
    }

    public MongoCollection<Document> get() {
        return reports;
    }

    /** {@code reportVersions}: per version key (agency and year), the reportIds filed under it. */
    public MongoCollection<Document> versionGroups() {
        return versionGroups;
    }
}
