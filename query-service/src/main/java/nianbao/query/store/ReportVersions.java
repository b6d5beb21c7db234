package nianbao.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Keeps exactly one current version per agency and year: among the parsed, not REJECTED reports with the same
 * version key (normalized agency name + year), the one received last (then the greatest reportId, so ties are
 * decided the same way every time) is {@code current: true}; the others stay stored with {@code current: false}.
 * Recomputed from the stored facts on every change, so events in any order and replays give the same answer.
 *
 * <p>The reportIds of each version key are kept in the collection {@code reportVersions} (_id = version key), so a
 * refresh reads and writes documents by _id only: the embedded store has no secondary indexes, and a query on
 * {@code versionKey} would scan every report for every event.
 */
final class ReportVersions {

    private static final Comparator<Document> NEWEST_LAST = Comparator
            .comparing((Document d) -> d.getDate("receivedAt"), Comparator.nullsFirst(Comparator.<Date>naturalOrder()))
            .thenComparing(d -> d.getString("_id"));
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> summaries;
    private final MongoCollection<Document> groups;

    ReportVersions(MongoCollection<Document> reports, MongoCollection<Document> summaries, MongoCollection<Document> groups) {
        this.reports = reports;
        this.summaries = summaries;
        this.groups = groups;
        indexReportsWrittenBefore();
    }

    /** Records the report as a version of its agency and year, then refreshes that group. */
    void add(String versionKey, String reportId) {
        if (versionKey != null) {
            file(versionKey, reportId);
            refresh(versionKey);
        }
    }

    /** Records the report as a version of its agency and year without refreshing the group. */
    void file(String versionKey, String reportId) {
        groups.updateOne(Filters.eq("_id", versionKey), Updates.addToSet("members", reportId), UPSERT);
    }

    /** Serialized: the parsed and rejected channels run on their own threads and may touch the same group. */
    synchronized void refresh(String versionKey) {
        if (versionKey == null) {
            return;
        }
        Document group = groups.find(Filters.eq("_id", versionKey)).first();
        List<String> members = group == null ? List.of() : group.getList("members", String.class, List.of());
        if (members.isEmpty()) {
            return;
        }
        // a member whose versionKey changed since (a re-parse under another name) is no longer part of the group
        List<Document> versions = reports.find(Filters.in("_id", members))
                .projection(Projections.include("_id", "versionKey", "receivedAt", "current", ReportStatus.PARSED_FIELD,
                        "rejection.stage", ReportStatus.DEAD_LETTERS_FIELD + ".topic", "validation.status"))
                .into(new ArrayList<>()).stream().filter(d -> versionKey.equals(d.getString("versionKey"))).toList();
        String winner = versions.stream()
                .filter(d -> Boolean.TRUE.equals(d.getBoolean(ReportStatus.PARSED_FIELD)) && !"REJECTED".equals(ReportStatus.of(d)))
                .max(NEWEST_LAST).map(d -> d.getString("_id")).orElse(null);
        for (Document version : versions) {
            boolean current = Objects.equals(version.getString("_id"), winner);
            if (!Boolean.valueOf(current).equals(version.getBoolean("current"))) {
                reports.updateOne(Filters.eq("_id", version.getString("_id")), Updates.set("current", current));
                summaries.updateOne(Filters.eq("_id", version.getString("_id")), Updates.set("current", current));
            }
        }
    }

    /** Reports stored before {@code reportVersions} existed get their groups once, at start-up (one pass). */
    private void indexReportsWrittenBefore() {
        if (groups.find().limit(1).first() != null) {
            return;
        }
        for (Document report : reports.find(Filters.ne("versionKey", null)).projection(Projections.include("_id", "versionKey"))) {
            groups.updateOne(Filters.eq("_id", report.getString("versionKey")),
                    Updates.addToSet("members", report.getString("_id")), UPSERT);
        }
    }
}
