package nianbao.query.store;

import nianbao.support.mongo.InMemoryStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports stored before {@code reportSummaries} existed get their summaries at start-up and are found by searches. */
class SummaryBackfillTest {

    @RegisterExtension
    final InMemoryStore mongo = new InMemoryStore();

    @Test
    void missingSummariesAreWrittenOnceFromTheStoredReports() {
        var reports = mongo.client().getDatabase("t").getCollection("reports");
        for (int n = 0; n < 3; n++) {
            Document contract = new Document("agency", "旧局" + n).append("year", 2024 + n % 2).append("template", "2021")
                    .append("region", new Document("province", "回填省")).append("applications", new Document("x", 1))
                    .append("source", new Document("fileName", "old" + n + ".txt").append("receivedAt", "2025-01-0" + (n + 1) + "T00:00:00Z"));
            Document report = new Document("_id", "old-" + n).append("current", true);
            report.putAll(ReportStore.parsedFields(contract, "2025-01-01T00:00:00Z"));
            report.append("validation", new Document("status", "ERRORS").append("counts", new Document("error", n))
                    .append("findings", List.of(new Document("ruleId", "T3-01").append("severity", "error").append("message", "长文本"))));
            reports.insertOne(report);
        }
        mongo.client().getDatabase("t").getCollection("reportSummaries").insertOne(ReportSummaries.of(reports.find().first()));

        ReportsCollection collection = new ReportsCollection(mongo.client(), "t");

        assertThat(collection.summaries().countDocuments()).isEqualTo(3);
        Document summary = collection.summaries().find(new Document("_id", "old-2")).first();
        assertThat(summary).doesNotContainKey("report").containsEntry("agency", "旧局2").containsEntry("fileName", "old2.txt");
        assertThat(summary.get("validation", Document.class).getList("findings", Document.class))
                .containsExactly(new Document("ruleId", "T3-01").append("severity", "error"));
        ReportQuery query = new ReportQuery(null, 2024, "回填省", null, null, null, null, "ERRORS", "T3-01", null, true,
                ReportSort.parse("-errors"), 0, 20);
        ReportSearch.Page page = new ReportSearch(collection).search(query);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(d -> d.getString("_id")).containsExactly("old-2", "old-0");
    }
}
