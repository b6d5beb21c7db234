package nianbao.query.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.query.model.AgencyNames;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import java.util.function.Function;

/**
 * The reports read model in MongoDB, one document per reportId: the parsed report (the contract as it came), its latest
 * validation, a rejection if a stage rejected it, and the dead letters recorded under its id. Each event owns its own
 * fields, written to the report and to its slim copy in {@code reportSummaries} ({@link ReportSummaries}) the same way,
 * so both stay idempotent and independent of arrival order. Events come in batches: each kind is written with a bulk
 * write per collection, keyed by reportId, in the batch's order, and its version groups recomputed once per batch.
 */
@ApplicationScoped
public class ReportStore {

    /** A parsed report to store. */
    public record Parsed(String reportId, JsonNode report, String occurredAt) {
    }

    /** A {@code reports-validated} event to store. */
    public record Validated(String reportId, JsonNode event) {
    }

    /** A {@code reports-rejected} event to store. */
    public record Rejected(String reportId, String fileName, String stage, String reason, String occurredAt) {
    }

    /** A dead letter to record under a report's id. */
    public record Dead(String reportId, DeadLetter deadLetter, String fileName) {
    }

    /** Dead letters kept per report: enough to see what happened, bounded so that no document outgrows the store. */
    public static final int MAX_DEAD_LETTERS = 20;
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions IN_ORDER = new BulkWriteOptions().ordered(true);
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
        return !saveAllParsed(List.of(new Parsed(reportId, report, occurredAt))).isEmpty();
    }

    /**
     * Stores the parsed reports in their order (of two events of one report the later wins): one bulk write per
     * collection, one read before (the version each report had) and one after. The ids of those that have their
     * validation when read after the write, so are complete now. Every query is on {@code _id} alone, the one that
     * mongo-java-server answers from its index. A report is never missed: its validation was written either before
     * this read (seen here) or after this write (its own announcement finds the parse); in the narrow race where it
     * was written between the two, both announce it, so the feed tells a completion at least once.
     */
    public Set<String> saveAllParsed(List<Parsed> batch) {
        if (batch.isEmpty()) {
            return Set.of();
        }
        Map<String, String> keyNow = new HashMap<>();
        read(ids(batch, Parsed::reportId), "versionKey").forEach(d -> keyNow.put(d.getString("_id"), d.getString("versionKey")));
        List<WriteModel<Document>> reportWrites = new ArrayList<>();
        List<WriteModel<Document>> summaryWrites = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        List<Map.Entry<String, String>> filed = new ArrayList<>();
        for (Parsed parsed : batch) {
            Document fields = parsedFields(Document.parse(parsed.report().toString()), parsed.occurredAt());
            Bson set = sets(fields);
            reportWrites.add(new UpdateOneModel<>(Filters.eq("_id", parsed.reportId()), set, UPSERT));
            summaryWrites.add(new UpdateOneModel<>(Filters.eq("_id", parsed.reportId()), sets(ReportSummaries.parsedFields(fields)), UPSERT));
            String versionKey = fields.getString("versionKey");
            String previousKey = keyNow.put(parsed.reportId(), versionKey);
            if (previousKey != null && !previousKey.equals(versionKey)) {
                touched.add(previousKey);
            }
            if (versionKey != null) {
                touched.add(versionKey);
                filed.add(Map.entry(versionKey, parsed.reportId()));
            }
        }
        reports.bulkWrite(reportWrites, IN_ORDER);
        summaries.bulkWrite(summaryWrites, IN_ORDER);
        versions.fileAll(filed);
        versions.refreshAll(touched);
        Set<String> complete = new LinkedHashSet<>();
        read(ids(batch, Parsed::reportId), "validation.status").forEach(d -> {
            if (d.containsKey("validation")) {
                complete.add(d.getString("_id"));
            }
        });
        return complete;
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
        saveAllValidations(List.of(new Validated(reportId, event)));
    }

    /** Stores the validations in their order (of two of one report the later wins): one bulk write per collection. */
    public void saveAllValidations(List<Validated> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> reportWrites = new ArrayList<>();
        List<WriteModel<Document>> summaryWrites = new ArrayList<>();
        for (Validated validated : batch) {
            Document validation = Document.parse(validated.event().toString());
            validation.remove("type");
            validation.remove("reportId");
            reportWrites.add(new UpdateOneModel<>(Filters.eq("_id", validated.reportId()), Updates.combine(
                    Updates.set("validation", validation),
                    Updates.setOnInsert("agency", validation.get("agency")),
                    Updates.setOnInsert("year", validation.get("year"))), UPSERT));
            summaryWrites.add(new UpdateOneModel<>(Filters.eq("_id", validated.reportId()), Updates.combine(
                    Updates.set("validation", ReportSummaries.validation(validation)),
                    Updates.setOnInsert("agency", validation.get("agency")),
                    Updates.setOnInsert("year", validation.get("year"))), UPSERT));
        }
        reports.bulkWrite(reportWrites, IN_ORDER);
        summaries.bulkWrite(summaryWrites, IN_ORDER);
        // read after the write: a dead letter recorded meanwhile is seen here or sees this validation
        versions.refreshAll(read(ids(batch, Validated::reportId), "versionKey", ReportStatus.DEAD_LETTERS_FIELD + ".topic").stream()
                .filter(d -> d.containsKey(ReportStatus.DEAD_LETTERS_FIELD)).map(d -> d.getString("versionKey")).toList());
    }

    /**
     * Records a dead letter under the report's id, as a fact next to the others: it makes the report REJECTED only
     * while the report has not completed (see {@link ReportStatus}). The same dead letter twice is one fact; at most
     * {@value #MAX_DEAD_LETTERS} are kept per report. True when the report is REJECTED by it: it was not complete.
     */
    public boolean saveDeadLetter(String reportId, DeadLetter deadLetter, String fileName) {
        return !saveAllDeadLetters(List.of(new Dead(reportId, deadLetter, fileName))).isEmpty();
    }

    /**
     * Records the dead letters in their order, as {@link #saveDeadLetter} does each: two bulk writes per collection and
     * one read after. The ids of the reports that are REJECTED by a dead letter (no rejection of their own).
     */
    public Set<String> saveAllDeadLetters(List<Dead> batch) {
        if (batch.isEmpty()) {
            return Set.of();
        }
        Bson notFull = Filters.exists(ReportStatus.DEAD_LETTERS_FIELD + "." + (MAX_DEAD_LETTERS - 1), false);
        List<WriteModel<Document>> created = new ArrayList<>();
        List<WriteModel<Document>> added = new ArrayList<>();
        for (Dead dead : batch) {
            // the document first, so that the capped add below never needs an upsert (which would collide on _id when full)
            created.add(new UpdateOneModel<>(Filters.eq("_id", dead.reportId()), Updates.setOnInsert("fileName", dead.fileName()), UPSERT));
            added.add(new UpdateOneModel<>(Filters.and(Filters.eq("_id", dead.reportId()), notFull),
                    Updates.addToSet(ReportStatus.DEAD_LETTERS_FIELD, dead.deadLetter().toDocument())));
        }
        reports.bulkWrite(created, IN_ORDER);
        summaries.bulkWrite(created, IN_ORDER);
        reports.bulkWrite(added, IN_ORDER);
        summaries.bulkWrite(added, IN_ORDER);
        List<Document> after = read(ids(batch, Dead::reportId), "versionKey", "rejection.stage", ReportStatus.PARSED_FIELD,
                "validation.status", ReportStatus.DEAD_LETTERS_FIELD + ".topic");
        versions.refreshAll(after.stream().map(d -> d.getString("versionKey")).toList());
        Set<String> rejected = new LinkedHashSet<>();
        after.stream().filter(d -> !d.containsKey("rejection") && "REJECTED".equals(ReportStatus.of(d)))
                .forEach(d -> rejected.add(d.getString("_id")));
        return rejected;
    }

    public void saveRejection(String reportId, String fileName, String stage, String reason, String occurredAt) {
        saveAllRejections(List.of(new Rejected(reportId, fileName, stage, reason, occurredAt)));
    }

    /** Stores the rejections in their order (of two of one report the later wins): one bulk write per collection. */
    public void saveAllRejections(List<Rejected> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Rejected r : batch) {
            Document rejection = new Document("stage", r.stage()).append("reason", r.reason()).append("rejectedAt", r.occurredAt());
            writes.add(new UpdateOneModel<>(Filters.eq("_id", r.reportId()), Updates.combine(
                    Updates.set("rejection", rejection),
                    Updates.setOnInsert("fileName", r.fileName())), UPSERT));
        }
        reports.bulkWrite(writes, IN_ORDER);
        summaries.bulkWrite(writes, IN_ORDER);
        versions.refreshAll(read(ids(batch, Rejected::reportId), "versionKey").stream().map(d -> d.getString("versionKey")).toList());
    }

    private List<Document> read(Set<String> ids, String... fields) {
        return reports.find(Filters.in("_id", ids)).projection(Projections.include(fields)).into(new ArrayList<>());
    }

    private static <T> Set<String> ids(List<T> batch, Function<T, String> id) {
        Set<String> ids = new LinkedHashSet<>();
        batch.forEach(item -> ids.add(id.apply(item)));
        return ids;
    }

    private static Bson sets(Document fields) {
        List<Bson> updates = new ArrayList<>();
        fields.forEach((name, value) -> updates.add(Updates.set(name, value)));
        return Updates.combine(updates);
    }

    /** True when no report is stored at all (a fresh or emptied store). */
    public boolean isEmpty() {
        return reports.find().projection(Projections.include("_id")).limit(1).first() == null;
    }

    public Optional<Document> find(String reportId) {
        return Optional.ofNullable(reports.find(Filters.eq("_id", reportId)).first());
    }

    /**
     * The stored reports of these ids without their contract (the parsed report itself, most of a document's size), by
     * id, in one read: what the live feed tells of each. An id not stored is left out.
     */
    public Map<String, Document> findAllWithoutContract(Collection<String> reportIds) {
        Map<String, Document> found = new HashMap<>();
        if (!reportIds.isEmpty()) {
            reports.find(Filters.in("_id", Set.copyOf(reportIds))).projection(Projections.exclude(ReportDocument.REPORT))
                    .forEach(d -> found.put(d.getString("_id"), d));
        }
        return found;
    }
}
