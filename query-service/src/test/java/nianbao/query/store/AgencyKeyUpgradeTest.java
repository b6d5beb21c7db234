package nianbao.query.store;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import nianbao.support.mongo.InMemoryStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports stored with the agency key of before docs/agency-key.md (punctuation kept) are re-keyed at start-up, so two
 * files of one agency and year that the old key told apart become versions of one report again, with one current.
 */
class AgencyKeyUpgradeTest {

    @RegisterExtension
    final InMemoryStore mongo = new InMemoryStore();

    @Test
    void reportsKeyedTheOldWayAreGroupedByTheNewKeyWithOneCurrentVersion() {
        MongoDatabase db = mongo.client().getDatabase("t");
        storeTheOldWay(db, "first", "中卫市商务局", "2026-01-10T00:00:00Z");
        storeTheOldWay(db, "corrected", "中卫市商务局。", "2026-02-10T00:00:00Z");
        storeTheOldWay(db, "other", "中卫市商务和投资促进局", "2026-01-10T00:00:00Z");

        ReportsCollection collection = new ReportsCollection(mongo.client(), "t");
        new ReportStore(collection);

        for (String id : List.of("first", "corrected")) {
            Document report = collection.get().find(Filters.eq("_id", id)).first();
            assertThat(report).containsEntry("agencyKey", "中卫市商务局").containsEntry("versionKey", "中卫市商务局|2025");
            assertThat(collection.summaries().find(Filters.eq("_id", id)).first()).containsEntry("versionKey", "中卫市商务局|2025");
        }
        assertThat(collection.get().find(Filters.eq("current", true)).map(d -> d.getString("_id")).into(new java.util.ArrayList<>()))
                .containsExactlyInAnyOrder("corrected", "other");
        assertThat(collection.summaries().find(Filters.eq("_id", "first")).first()).containsEntry("current", false);
        assertThat(collection.versionGroups().find(Filters.eq("_id", "中卫市商务局|2025")).first()
                .getList("members", String.class)).containsExactlyInAnyOrder("first", "corrected");

        ReportVersions versions = new ReportVersions(collection.get(), collection.summaries(), collection.versionGroups());
        assertThat(AgencyKeyUpgrade.run(collection.get(), collection.summaries(), versions)).as("a second start changes nothing")
                .isZero();
    }

    /** A parsed report as stored before: its agency key kept punctuation, and it was current in its own group. */
    private static void storeTheOldWay(MongoDatabase db, String id, String agency, String receivedAt) {
        Document contract = new Document("agency", agency).append("year", 2025)
                .append("source", new Document("fileName", id + ".txt").append("receivedAt", receivedAt));
        Document report = new Document("_id", id);
        report.putAll(ReportStore.parsedFields(contract, receivedAt));
        String oldKey = agency.toLowerCase(java.util.Locale.ROOT);
        report.append("agencyKey", oldKey).append("versionKey", oldKey + "|2025").append("current", true);
        db.getCollection("reports").insertOne(report);
        db.getCollection("reportSummaries").insertOne(ReportSummaries.of(report));
        db.getCollection("reportVersions").updateOne(Filters.eq("_id", oldKey + "|2025"),
                new Document("$addToSet", new Document("members", id)), new com.mongodb.client.model.UpdateOptions().upsert(true));
    }
}
