package nianbao.query.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.model.Filters;
import nianbao.support.mongo.InMemoryStore;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dead letters are facts next to the parse and the validation: they make a report REJECTED only while it has not
 * completed, in whatever order the three arrive; a reports-rejected event keeps its meaning; the store's status filters
 * select exactly the reports whose derived status they name.
 */
class DeadLettersInTheReadModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final InMemoryStore mongo = new InMemoryStore();
    private ReportsCollection collection;
    private ReportStore store;

    @BeforeEach
    void start() {
        collection = new ReportsCollection(mongo.client(), "t");
        store = new ReportStore(collection);
    }

    static Stream<List<String>> arrivalOrders() {
        return Stream.of(List.of("parsed", "validated", "dead letter"), List.of("parsed", "dead letter", "validated"),
                List.of("validated", "parsed", "dead letter"), List.of("validated", "dead letter", "parsed"),
                List.of("dead letter", "parsed", "validated"), List.of("dead letter", "validated", "parsed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arrivalOrders")
    void aDeadLetterNeverOverridesAReportThatCompleted(List<String> order) {
        String id = "completed-" + String.join("-", order).replace(' ', '_');
        for (String event : order) {
            switch (event) {
                case "parsed" -> store.saveParsed(id, parsed(id, "完成局", "2026-01-10T00:00:00Z"), "2026-01-10T00:00:01Z");
                case "validated" -> store.saveValidation(id, validated(id, "WARNINGS"));
                default -> store.saveDeadLetter(id, deadLetter("reports-parsed-dlq", 7, "stray duplicate"), "a.txt");
            }
        }

        Document report = store.find(id).orElseThrow();
        assertThat(ReportStatus.of(report)).isEqualTo("WARNINGS");
        assertThat(ReportStatus.rejection(report)).isNull();
        assertThat(ReportStatus.deadLetters(report)).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("topic", "reports-parsed-dlq").containsEntry("reason", "stray duplicate"));
        assertThat(report.getBoolean("current")).isTrue();
        assertThat(ReportStatus.of(summary(id))).isEqualTo("WARNINGS");
    }

    @Test
    void aDeadLetterRejectsAReportUntilItCompletesAndItsEarlierVersionIsCurrentMeanwhile() {
        store.saveParsed("older", parsed("older", "版本局", "2026-01-10T00:00:00Z"), null);
        store.saveValidation("older", validated("older", "PASSED"));
        store.saveParsed("newer", parsed("newer", "版本局。", "2026-02-10T00:00:00Z"), null);
        assertThat(store.find("newer").orElseThrow().getBoolean("current")).isTrue();

        store.saveDeadLetter("newer", deadLetter("reports-parsed-dlq", 3, "store unavailable"), null);

        Document rejected = store.find("newer").orElseThrow();
        assertThat(ReportStatus.of(rejected)).isEqualTo("REJECTED");
        assertThat(ReportStatus.rejection(rejected)).containsEntry("stage", "dead-letter:reports-parsed-dlq")
                .containsEntry("reason", "store unavailable").containsEntry("rejectedAt", "2026-03-01T00:00:03Z");
        assertThat(rejected.getBoolean("current")).isFalse();
        assertThat(store.find("older").orElseThrow().getBoolean("current")).isTrue();

        store.saveValidation("newer", validated("newer", "INCOMPLETE"));

        Document completed = store.find("newer").orElseThrow();
        assertThat(ReportStatus.of(completed)).isEqualTo("INCOMPLETE");
        assertThat(completed.getBoolean("current")).isTrue();
        assertThat(store.find("older").orElseThrow().getBoolean("current")).isFalse();
    }

    @Test
    void theSameDeadLetterTwiceIsOneFactAndAtMostTwentyAreKept() {
        store.saveDeadLetter("many", deadLetter("reports-validated-dlq", 0, "x".repeat(5000)), null);
        store.saveDeadLetter("many", deadLetter("reports-validated-dlq", 0, "x".repeat(5000)), null);
        assertThat(ReportStatus.deadLetters(store.find("many").orElseThrow())).singleElement()
                .satisfies(d -> assertThat(d.getString("reason")).hasSize(DeadLetter.MAX_REASON + 1).endsWith("…"));

        for (int offset = 1; offset < 30; offset++) {
            store.saveDeadLetter("many", deadLetter("reports-validated-dlq", offset, "again"), null);
        }

        assertThat(ReportStatus.deadLetters(store.find("many").orElseThrow())).hasSize(ReportStore.MAX_DEAD_LETTERS);
        assertThat(ReportStatus.deadLetters(summary("many"))).hasSize(ReportStore.MAX_DEAD_LETTERS);
        assertThat(ReportStatus.of(store.find("many").orElseThrow())).isEqualTo("REJECTED");
    }

    @Test
    void aRejectionEventKeepsItsMeaningAfterCompletion() {
        store.saveParsed("rejected", parsed("rejected", "拒绝局", "2026-01-10T00:00:00Z"), null);
        store.saveValidation("rejected", validated("rejected", "PASSED"));

        store.saveRejection("rejected", "r.txt", "parse", "not an annual report: 通知", null);

        Document report = store.find("rejected").orElseThrow();
        assertThat(ReportStatus.of(report)).isEqualTo("REJECTED");
        assertThat(ReportStatus.rejection(report)).containsEntry("stage", "parse");
    }

    @Test
    void eachStatusFilterSelectsExactlyTheReportsOfThatStatus() {
        store.saveParsed("parsed", parsed("parsed", "甲局", "2026-01-01T00:00:00Z"), null);
        store.saveValidation("pending", validated("pending", "PASSED"));
        store.saveParsed("incomplete", parsed("incomplete", "乙局", "2026-01-01T00:00:00Z"), null);
        store.saveValidation("incomplete", validated("incomplete", "INCOMPLETE"));
        store.saveDeadLetter("incomplete", deadLetter("reports-validated-dlq", 1, "late duplicate"), null);
        store.saveParsed("dead", parsed("dead", "丙局", "2026-01-01T00:00:00Z"), null);
        store.saveDeadLetter("dead", deadLetter("reports-parsed-dlq", 2, "refused"), null);
        store.saveDeadLetter("only-dead", deadLetter("reports-ingested-dlq", 3, "not JSON"), null);
        store.saveValidation("validated-dead", validated("validated-dead", "ERRORS"));
        store.saveDeadLetter("validated-dead", deadLetter("reports-parsed-dlq", 4, "too large"), null);
        store.saveRejection("rejected", "r.txt", "ingest", "empty file", null);

        Map<String, List<String>> derived = new TreeMap<>();
        Map<String, List<String>> filtered = new TreeMap<>();
        for (String status : ReportStatus.ALL) {
            for (Document d : collection.summaries().find(ReportStatus.filter(status))) {
                filtered.computeIfAbsent(status, s -> new ArrayList<>()).add(d.getString("_id"));
            }
        }
        collection.summaries().find().forEach(d -> derived.computeIfAbsent(ReportStatus.of(d), s -> new ArrayList<>())
                .add(d.getString("_id")));

        assertThat(filtered).isEqualTo(derived);
        assertThat(derived).containsEntry("REJECTED", List.of("dead", "only-dead", "validated-dead", "rejected"))
                .containsEntry("INCOMPLETE", List.of("incomplete")).containsEntry("PARSED", List.of("parsed"))
                .containsEntry("PENDING", List.of("pending"));
    }

    private Document summary(String id) {
        return collection.summaries().find(Filters.eq("_id", id)).first();
    }

    @Test
    void aParseTellsItCompletedAReportOnlyWhenItsValidationCameFirst() {
        store.saveValidation("validated-first", validated("validated-first", "PASSED"));

        Set<String> complete = store.saveAllParsed(List.of(
                new ReportStore.Parsed("parsed-first", parsed("parsed-first", "先解析局", "2026-01-10T00:00:00Z"), null),
                new ReportStore.Parsed("validated-first", parsed("validated-first", "先校验局", "2026-01-10T00:00:00Z"), null)));

        assertThat(complete).containsExactly("validated-first");
        assertThat(store.find("validated-first").orElseThrow()).containsKeys("report", "validation");
        store.saveValidation("parsed-first", validated("parsed-first", "PASSED"));
        assertThat(store.saveParsed("parsed-first", parsed("parsed-first", "先解析局", "2026-01-10T00:00:00Z"), null))
                .as("the same parse again, now that its validation is in, completes it again (told at least once)").isTrue();
    }

    private static ObjectNode parsed(String id, String agency, String receivedAt) {
        ObjectNode report = JSON.createObjectNode().put("reportId", id).put("agency", agency).put("year", 2025);
        report.putObject("source").put("fileName", id + ".txt").put("receivedAt", receivedAt);
        return report;
    }

    private static ObjectNode validated(String id, String status) {
        ObjectNode event = JSON.createObjectNode().put("type", "reports-validated.v1").put("reportId", id).put("status", status);
        event.putObject("counts").put("error", status.equals("ERRORS") ? 1 : 0).put("warning", 0).put("info", 0);
        event.putObject("coverage").put("cellsExpected", 200).put("cellsRead", status.equals("INCOMPLETE") ? 193 : 200)
                .put("identitiesChecked", 61).put("identitiesUnchecked", status.equals("INCOMPLETE") ? 2 : 0)
                .putArray("unchecked");
        event.putArray("findings");
        return event;
    }

    private static DeadLetter deadLetter(String topic, long offset, String reason) {
        return new DeadLetter(topic, 0, offset, reason, "2026-03-01T00:00:0" + (offset % 10) + "Z");
    }
}
