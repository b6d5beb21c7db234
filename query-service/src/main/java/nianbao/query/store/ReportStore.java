package nianbao.query.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.query.model.AgencyNames;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The reports read model in MongoDB, one document per reportId: the parsed report (the contract as it came),
 * its latest validation, and a rejection if a stage gave up on it. Each event owns its own fields.
 */
@ApplicationScoped
public class ReportStore {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final Document LIST_PROJECTION = new Document("report", 0).append("validation.findings", 0);
    private final MongoCollection<Document> reports;
    private final ReportVersions versions;

    public ReportStore(ReportsCollection collection) {
        this.reports = collection.get();
        this.versions = new ReportVersions(reports, collection.versionGroups());
    }

    public void saveParsed(String reportId, JsonNode report, String occurredAt) {
        Document fields = parsedFields(Document.parse(report.toString()), occurredAt);
        List<Bson> updates = new ArrayList<>();
        fields.forEach((name, value) -> updates.add(Updates.set(name, value)));
        Document before = reports.findOneAndUpdate(Filters.eq("_id", reportId), Updates.combine(updates),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE)
                        .projection(Projections.include("versionKey")));
        String versionKey = fields.getString("versionKey");
        String previousKey = before == null ? null : before.getString("versionKey");
        if (previousKey != null && !previousKey.equals(versionKey)) {
            versions.refresh(previousKey);
        }
        versions.add(versionKey, reportId);
    }

    /** The fields a parsed report owns in its read-model document: the contract and the copies queries use. */
    public static Document parsedFields(Document contract, String occurredAt) {
        Document source = contract.get("source", Document.class);
        String agencyKey = AgencyNames.key(contract.getString("agency"));
        Object year = contract.get("year");
        return new Document("report", contract)
                .append(ReportStatus.PARSED_FIELD, true)
                .append("agency", contract.get("agency"))
                .append("agencyKey", agencyKey)
                .append("versionKey", agencyKey == null || year == null ? null : agencyKey + "|" + year)
                .append("year", year)
                .append("title", contract.get("title"))
                .append("template", contract.get("template"))
                .append("region", contract.get("region", Document.class))
                .append("fileName", source == null ? null : source.get("fileName"))
                .append("receivedAt", Instants.parse(source == null ? null : source.getString("receivedAt"), occurredAt))
                .append("parsedAt", occurredAt);
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
        Document before = reports.findOneAndUpdate(Filters.eq("_id", reportId), Updates.combine(
                Updates.set("rejection", rejection),
                Updates.setOnInsert("fileName", fileName)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE)
                        .projection(Projections.include("versionKey")));
        if (before != null && before.getString("versionKey") != null) {
            versions.refresh(before.getString("versionKey"));
        }
    }

    /** True when no report is stored at all (a fresh or emptied store). */
    public boolean isEmpty() {
        return reports.find().projection(Projections.include("_id")).limit(1).first() == null;
    }

    public Optional<Document> find(String reportId) {
        return Optional.ofNullable(reports.find(Filters.eq("_id", reportId)).first());
    }

    /**
     * One page of the reports matching the query, and how many match in all: one {@code $match} with a {@code $facet}
     * for the count and the page, so the store reads the matching documents once (mongo-java-server has no secondary
     * indexes; a real MongoDB uses its indexes for the {@code $match}).
     */
    @SuppressWarnings("unchecked")
    public Page search(ReportQuery query) {
        List<Bson> pageStages = List.of(Aggregates.sort(ReportFilters.sort(query.sort())),
                Aggregates.skip(query.page() * query.size()), Aggregates.limit(query.size()),
                Aggregates.project(LIST_PROJECTION));
        Document result = reports.aggregate(List.of(Aggregates.match(ReportFilters.filter(query)),
                Aggregates.facet(new Facet("total", Aggregates.count("n")), new Facet("items", pageStages)))).first();
        List<Document> total = result == null ? List.of() : result.getList("total", Document.class, List.of());
        List<Document> items = result == null ? List.of() : result.getList("items", Document.class, List.of());
        return new Page(items, total.isEmpty() ? 0 : ((Number) total.get(0).get("n")).longValue());
    }

    /** Every report matching the query (page and size ignored), with its contract, in the query's order. */
    public void forEachMatching(ReportQuery query, Consumer<Document> action) {
        reports.find(ReportFilters.filter(query)).projection(new Document("validation.findings", 0))
                .sort(ReportFilters.sort(query.sort())).batchSize(500).forEach(action);
    }

    /** All parsed versions of the report's agency and year, newest first; just the report itself when it has none. */
    public List<Document> versionsOf(Document report) {
        String versionKey = report.getString("versionKey");
        if (versionKey == null) {
            return List.of(report);
        }
        return reports.find(Filters.and(Filters.eq("versionKey", versionKey), Filters.eq(ReportStatus.PARSED_FIELD, true)))
                .projection(LIST_PROJECTION)
                .sort(Sorts.orderBy(Sorts.descending("receivedAt"), Sorts.descending("_id")))
                .into(new ArrayList<>());
    }

    /** A page of read-model documents and the total number matching. */
    public record Page(List<Document> items, long total) {
    }
}
