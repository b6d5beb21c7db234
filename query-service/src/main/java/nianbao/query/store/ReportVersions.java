package nianbao.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
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
        fileAll(List.of(Map.entry(versionKey, reportId)));
    }

    /** Records each report (value) as a version of its version key (key), in one bulk write, without refreshing. */
    void fileAll(List<Map.Entry<String, String>> memberships) {
        List<WriteModel<Document>> writes = memberships.stream().<WriteModel<Document>>map(m -> new UpdateOneModel<>(
                Filters.eq("_id", m.getKey()), Updates.addToSet("members", m.getValue()), UPSERT)).toList();
        if (!writes.isEmpty()) {
            groups.bulkWrite(writes, UNORDERED);
        }
    }

    void refresh(String versionKey) {
        refreshAll(versionKey == null ? List.of() : List.of(versionKey));
    }

    /**
     * Recomputes these groups: one read of the groups, one of their members, one bulk write per collection of the
     * flags that change. Serialized: the parsed, rejected and dead-letter channels run on their own threads and may
     * touch the same group.
     */
    synchronized void refreshAll(Collection<String> versionKeys) {
        Set<String> keys = new LinkedHashSet<>();
        versionKeys.stream().filter(Objects::nonNull).forEach(keys::add);
        if (keys.isEmpty()) {
            return;
        }
        Map<String, List<String>> membersByKey = new HashMap<>();
        groups.find(Filters.in("_id", keys)).forEach(g -> membersByKey.put(g.getString("_id"), g.getList("members", String.class, List.of())));
        Set<String> members = new LinkedHashSet<>();
        membersByKey.values().forEach(members::addAll);
        if (members.isEmpty()) {
            return;
        }
        Map<String, List<Document>> byKey = new HashMap<>();
        reports.find(Filters.in("_id", members))
                .projection(Projections.include("_id", "versionKey", "receivedAt", "current", ReportStatus.PARSED_FIELD,
                        "rejection.stage", ReportStatus.DEAD_LETTERS_FIELD + ".topic", "validation.status"))
                // a member whose versionKey changed since (a re-parse under another name) is no longer part of the group
                .forEach(d -> {
                    String key = d.getString("versionKey");
                    if (keys.contains(key) && membersByKey.getOrDefault(key, List.of()).contains(d.getString("_id"))) {
                        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
                    }
                });
        List<WriteModel<Document>> changes = new ArrayList<>();
        for (List<Document> versions : byKey.values()) {
            String winner = versions.stream()
                    .filter(d -> Boolean.TRUE.equals(d.getBoolean(ReportStatus.PARSED_FIELD)) && !"REJECTED".equals(ReportStatus.of(d)))
                    .max(NEWEST_LAST).map(d -> d.getString("_id")).orElse(null);
            for (Document version : versions) {
                boolean current = Objects.equals(version.getString("_id"), winner);
                if (!Boolean.valueOf(current).equals(version.getBoolean("current"))) {
                    changes.add(new UpdateOneModel<>(Filters.eq("_id", version.getString("_id")), Updates.set("current", current)));
                }
            }
        }
        if (!changes.isEmpty()) {
            reports.bulkWrite(changes, UNORDERED);
            summaries.bulkWrite(changes, UNORDERED);
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
