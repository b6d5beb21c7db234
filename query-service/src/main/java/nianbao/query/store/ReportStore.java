package nianbao.query.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reports read model in MongoDB, one document per reportId: the parsed report (the contract as it came),
 * its latest validation, and a rejection if a stage gave up on it. Each event owns its own fields.
 */
@ApplicationScoped
public class ReportStore {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private final MongoCollection<Document> reports;

    public ReportStore(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.reports = mongo.getDatabase(database).getCollection("reports");
        reports.createIndex(Indexes.ascending("agency"));
        reports.createIndex(Indexes.ascending("year"));
        reports.createIndex(Indexes.ascending("validation.status"));
    }

    public void saveParsed(String reportId, JsonNode report, String occurredAt) {
        Document contract = Document.parse(report.toString());
        Document source = contract.get("source", Document.class);
        reports.updateOne(Filters.eq("_id", reportId), Updates.combine(
                Updates.set("report", contract),
                Updates.set(ReportStatus.PARSED_FIELD, true),
                Updates.set("agency", contract.get("agency")),
                Updates.set("year", contract.get("year")),
                Updates.set("title", contract.get("title")),
                Updates.set("template", contract.get("template")),
                Updates.set("fileName", source == null ? null : source.get("fileName")),
                Updates.set("parsedAt", occurredAt)), UPSERT);
    }

    public void saveValidation(String reportId, JsonNode event) {
        Document validation = Document.parse(event.toString());
        validation.remove("type");
        validation.remove("reportId");
        reports.updateOne(Filters.eq("_id", reportId), Updates.combine(
                Updates.set("validation", validation),
                Updates.setOnInsert("agency", validation.get("agency")),
                Updates.setOnInsert("year", validation.get("year"))), UPSERT);
    }

    public void saveRejection(String reportId, String fileName, String stage, String reason, String occurredAt) {
        Document rejection = new Document("stage", stage).append("reason", reason).append("rejectedAt", occurredAt);
        reports.updateOne(Filters.eq("_id", reportId), Updates.combine(
                Updates.set("rejection", rejection),
                Updates.setOnInsert("fileName", fileName)), UPSERT);
    }

    public Optional<Document> find(String reportId) {
        return Optional.ofNullable(reports.find(Filters.eq("_id", reportId)).first());
    }

    /** One page of the reports matching the query, and how many match in all. */
    public Page search(ReportQuery query) {
        Bson filter = filterOf(query);
        List<Document> items = reports.find(filter)
                .projection(new Document("report", 0).append("validation.findings", 0))
                .sort(Sorts.orderBy(Sorts.descending("year"), Sorts.ascending("agency"), Sorts.ascending("_id")))
                .skip(query.page() * query.size()).limit(query.size())
                .into(new ArrayList<>());
        return new Page(items, reports.countDocuments(filter));
    }

    /** A page of read-model documents and the total number matching. */
    public record Page(List<Document> items, long total) {
    }

    private static Bson filterOf(ReportQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.agencyText() != null && !query.agencyText().isBlank()) {
            // user text is matched literally: quoted, never a regex of its own
            filters.add(Filters.regex("agency", Pattern.quote(query.agencyText().strip())));
        }
        if (query.year() != null) {
            filters.add(Filters.eq("year", query.year()));
        }
        if (query.status() != null) {
            filters.add(ReportStatus.filter(query.status()));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }
}
