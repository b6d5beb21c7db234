package nianbao.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * Keeps exactly one current version per agency and year: among the parsed, not rejected reports with the same
 * version key (normalized agency name + year), the one received last (then the greatest reportId, so ties are
 * decided the same way every time) is {@code current: true}; the others stay stored with {@code current: false}.
 * Recomputed from the stored facts on every change, so events in any order and replays give the same answer.
 */
final class ReportVersions {

    private static final Comparator<Document> NEWEST_LAST = Comparator
            .comparing((Document d) -> d.getDate("receivedAt"), Comparator.nullsFirst(Comparator.<Date>naturalOrder()))
            .thenComparing(d -> d.getString("_id"));
    private final MongoCollection<Document> reports;

    ReportVersions(MongoCollection<Document> reports) {
        this.reports = reports;
    }

    /** Serialized: the parsed and rejected channels run on their own threads and may touch the same group. */
    synchronized void refresh(String versionKey) {
        if (versionKey == null) {
            return;
        }
        List<Document> candidates = reports.find(Filters.and(Filters.eq("versionKey", versionKey),
                        Filters.eq(ReportStatus.PARSED_FIELD, true), Filters.exists("rejection", false)))
                .projection(Projections.include("_id", "receivedAt")).into(new ArrayList<>());
        if (candidates.isEmpty()) {
            reports.updateMany(Filters.eq("versionKey", versionKey), Updates.set("current", false));
            return;
        }
        String winner = candidates.stream().max(NEWEST_LAST).orElseThrow().getString("_id");
        reports.updateMany(Filters.and(Filters.eq("versionKey", versionKey), Filters.ne("_id", winner)),
                Updates.set("current", false));
        reports.updateOne(Filters.eq("_id", winner), Updates.set("current", true));
    }
}
