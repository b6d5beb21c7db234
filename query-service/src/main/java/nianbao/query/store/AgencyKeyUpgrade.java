package nianbao.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.quarkus.logging.Log;
import nianbao.query.model.AgencyNames;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recomputes, at start-up, the {@code agencyKey} and {@code versionKey} of stored reports whose keys were computed by an
 * earlier definition of the agency key (before docs/agency-key.md dropped punctuation), so versions and listings group
 * old and new reports of one agency together. Only reports whose key changes are written; their version groups are
 * recomputed once at the end.
 */
final class AgencyKeyUpgrade {

    private AgencyKeyUpgrade() {
    }

    /** Returns how many reports got new keys. */
    static int run(MongoCollection<Document> reports, MongoCollection<Document> summaries, ReportVersions versions) {
        List<Document> stale = new ArrayList<>();
        // the slim summaries hold the same keys (written together, filled in at start-up before this runs): a cheaper scan
        for (Document d : summaries.find(Filters.eq(ReportStatus.PARSED_FIELD, true))
                .projection(Projections.include("_id", "agency", "year", "agencyKey", "versionKey"))) {
            String agencyKey = AgencyNames.key(d.get("agency") instanceof String name ? name : null);
            String versionKey = ReportStore.versionKey(agencyKey, d.get("year"));
            if (!Objects.equals(agencyKey, d.get("agencyKey")) || !Objects.equals(versionKey, d.get("versionKey"))) {
                stale.add(d.append("newAgencyKey", agencyKey).append("newVersionKey", versionKey));
            }
        }
        Set<String> groups = new TreeSet<>();
        for (Document d : stale) {
            Bson update = Updates.combine(Updates.set("agencyKey", d.get("newAgencyKey")),
                    Updates.set("versionKey", d.get("newVersionKey")));
            reports.updateOne(Filters.eq("_id", d.get("_id")), update);
            summaries.updateOne(Filters.eq("_id", d.get("_id")), update);
            if (d.get("versionKey") instanceof String old) {
                groups.add(old);
            }
            if (d.getString("newVersionKey") != null) {
                versions.file(d.getString("newVersionKey"), d.getString("_id"));
                groups.add(d.getString("newVersionKey"));
            }
        }
        groups.forEach(versions::refresh);
        if (!stale.isEmpty()) {
            Log.infof("agency keys: %d stored reports re-keyed by docs/agency-key.md, %d version groups recomputed",
                    stale.size(), groups.size());
        }
        return stale.size();
    }
}
