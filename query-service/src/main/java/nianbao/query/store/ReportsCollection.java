package nianbao.query.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The MongoDB collection {@code reports} (one document per reportId) with the indexes its queries use. */
@ApplicationScoped
public class ReportsCollection {

    private final MongoCollection<Document> reports;

    public ReportsCollection(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.reports = mongo.getDatabase(database).getCollection("reports");
        reports.createIndex(Indexes.ascending("agency"));
        reports.createIndex(Indexes.ascending("agencyKey", "year"));
        reports.createIndex(Indexes.ascending("year"));
        reports.createIndex(Indexes.ascending("validation.status"));
        reports.createIndex(Indexes.ascending("region.province", "year"));
    }

    public MongoCollection<Document> get() {
        return reports;
    }
}
