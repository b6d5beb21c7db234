package nianbao.query.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.query.model.AgencyNames;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reports read model in MongoDB, one document per reportId: the parsed report (the contract as it came), its latest
 * validation, a rejection if a stage rejected it, and the dead letters recorded under its id. Each event owns its own
 * fields, written to the report and to its slim copy in {@code reportSummaries} ({@link ReportSummaries}) the same way,
 * so both stay idempotent and independent of arrival order.
 */
@ApplicationScoped
public class ReportStore {

    /** Dead letters kept per report: enough to see what happened, bounded so that no document outgrows the store. */
    public static final int MAX_DEAD_LETTERS = 20;
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> summaries;
    private final ReportVersions versions;

    public ReportStore(ReportsCollection collection) {
        this.reports = collection.get();
        this.summaries = collection.summaries();
        this.versions = new ReportVersions(reports, summaries, collection.versionGroups());
        AgencyKeyUpgrade.run(reports, summaries, versions);
    }

    /** Stores the parsed report; true when the report had its validation already, so it is complete now. */
    public boolean saveParsed(String reportId, JsonNode report, String occurredAt) {
        Document fields = parsedFields(Document.parse(report.toString()), occurredAt);
        List<Bson> updates = new ArrayList<>();
        fields.forEach((name, value) -> updates.add(Updates.set(name, value)));
        Document before = reports.findOneAndUpdate(Filters.eq("_id", reportId), Updates.combine(updates),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE)
                        .projection(Projections.include("versionKey", "validation.status")));
        List<Bson> summary = new ArrayList<>();
        ReportSummaries.parsedFields(fields).forEach((name, value) -> summary.add(Updates.set(name, value)));
        summaries.updateOne(Filters.eq("_id", reportId), Updates.combine(summary), UPSERT);
        String versionKey = fields.getString("versionKey");
        String previousKey = before == null ? null : before.getString("versionKey");
        if (previousKey != null && !previousKey.equals(versionKey)) {
            versions.refresh(previousKey);
        }
        versions.add(versionKey, reportId);
        return before != null && before.containsKey("validation");
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
                .append("versionKey", versionKey(agencyKey, year))
                .append("year", year)
                .append("title", contract.get("title"))
                .append("template", contract.get("template"))
                .append("region", contract.get("region", Document.class))
                .append("fileName", source == null ? null : source.get("fileName"))
                .append("receivedAt", Instants.parse(source == null ? null : source.getString("receivedAt"), occurredAt))
                .append("parsedAt", occurredAt);
    }

    /** Agency and year of one version group ({@code reportVersions}); null without an agency key or a year. */
    static String versionKey(String agencyKey, Object year) {
        return agencyKey == null || year == null ? null : agencyKey + "|" + year;
    }

    /**
     * Stores the latest validation. A report that had dead letters and now has its parse and its validation is no
     * longer REJECTED, so its version group is recomputed.
     */
    public void saveValidation(String reportId, JsonNode event) {
        Document validation = Document.parse(event.toString());
        validation.remove("type");
        validation.remove("reportId");
        Document before = reports.findOneAndUpdate(Filters.eq("_id", reportId), Updates.combine(
                Updates.set("validation", validation),
                Updates.setOnInsert("agency", validation.get("agency")),
                Updates.setOnInsert("year", validation.get("year"))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE)
                        .projection(Projections.include("versionKey", ReportStatus.DEAD_LETTERS_FIELD + ".topic")));
        summaries.updateOne(Filters.eq("_id", reportId), Updates.combine(
                Updates.set("validation", ReportSummaries.validation(validation)),
                Updates.setOnInsert("agency", validation.get("agency")),
                Updates.setOnInsert("year", validation.get("year"))), UPSERT);
        if (before != null && before.containsKey(ReportStatus.DEAD_LETTERS_FIELD)) {
            versions.refresh(before.getString("versionKey"));
        }
    }

    /**
     * Records a dead letter under the report's id, as a fact next to the others: it makes the report REJECTED only
     * while the report has not completed (see {@link ReportStatus}). The same dead letter twice is one fact; at most
     * {@value #MAX_DEAD_LETTERS} are kept per report. True when the report is REJECTED by it: it was not complete.
     */
    public boolean saveDeadLetter(String reportId, DeadLetter deadLetter, String fileName) {
        Bson notFull = Filters.exists(ReportStatus.DEAD_LETTERS_FIELD + "." + (MAX_DEAD_LETTERS - 1), false);
        Bson add = Updates.addToSet(ReportStatus.DEAD_LETTERS_FIELD, deadLetter.toDocument());
        // the document first, so that the capped add below never needs an upsert (which would collide on _id when full)
        reports.updateOne(Filters.eq("_id", reportId), Updates.setOnInsert("fileName", fileName), UPSERT);
        summaries.updateOne(Filters.eq("_id", reportId), Updates.setOnInsert("fileName", fileName), UPSERT);
        Document after = reports.findOneAndUpdate(Filters.and(Filters.eq("_id", reportId), notFull), add,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER).projection(Projections.include("versionKey",
                        "rejection.stage", ReportStatus.PARSED_FIELD, "validation.status", ReportStatus.DEAD_LETTERS_FIELD + ".topic")));
        summaries.updateOne(Filters.and(Filters.eq("_id", reportId), notFull), add);
        if (after != null && after.getString("versionKey") != null) {
            versions.refresh(after.getString("versionKey"));
        }
        return after != null && !after.containsKey("rejection") && "REJECTED".equals(ReportStatus.of(after));
    }

    public void saveRejection(String reportId, String fileName, String stage, String reason, String occurredAt) {
        Document rejection = new Document("stage", stage).append("reason", reason).append("rejectedAt", occurredAt);
        Document before = reports.findOneAndUpdate(Filters.eq("_id", reportId), Updates.combine(
                Updates.set("rejection", rejection),
                Updates.setOnInsert("fileName", fileName)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE)
                        .projection(Projections.include("versionKey")));
        summaries.updateOne(Filters.eq("_id", reportId), Updates.combine(
                Updates.set("rejection", rejection),
                Updates.setOnInsert("fileName", fileName)), UPSERT);
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
}
