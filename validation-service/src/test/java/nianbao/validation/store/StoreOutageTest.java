package nianbao.validation.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.model.Filters;
import nianbao.support.mongo.InMemoryStore;
import nianbao.validation.rules.RuleSet;
import nianbao.validation.rules.Validator;
import nianbao.validation.store.HistoricValidation.Arrived;
import nianbao.validation.store.HistoricValidation.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A store outage during a batch: the batch waits for the store (the stage consumes nothing meanwhile) and its reports
 * are kept and validated once the store is back, none of them failed (so none dead-lettered).
 */
class StoreOutageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final InMemoryStore mongo = new InMemoryStore();

    @Test
    void aBatchArrivingWhileTheStoreIsDownIsValidatedOnceItIsBack() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        ReportHistory history = new ReportHistory(mongo.client(), "outage") {
            @Override
            public void saveAll(List<ReportHistoryDocument> batch) {
                attempts.incrementAndGet();
                super.saveAll(batch);
            }
        };
        HistoricValidation validation = new HistoricValidation(new Validator(RuleSet.bundled(Map.of())), history,
                new RegionHistory(mongo.client(), "outage"), JSON);
        mongo.stop();

        CompletableFuture<List<Outcome>> batch = CompletableFuture.supplyAsync(() -> validation.validateAll(List.of(
                new Arrived("outage-1", report("停机测试一局")), new Arrived("outage-2", report("停机测试二局")))));
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts.get() >= 2);
        assertThat(batch).isNotDone();
        mongo.restart();

        List<Outcome> outcomes = batch.get(60, TimeUnit.SECONDS);
        assertThat(outcomes).hasSize(2).allSatisfy(o -> {
            assertThat(o.failure()).isNull();
            assertThat(o.checked()).isNotEmpty();
        });
        assertThat(outcomes).extracting(o -> o.checked().get(0).reportId()).containsExactly("outage-1", "outage-2");
        assertThat(mongo.client().getDatabase("outage").getCollection("reportHistory").countDocuments(Filters.in("reportId", "outage-1", "outage-2")))
                .isEqualTo(2);
    }

    private static ObjectNode report(String agency) {
        try (InputStream in = StoreOutageTest.class.getResourceAsStream("/seeds/000_2f8ee6c9bd0fa497.json")) {
            ObjectNode report = (ObjectNode) JSON.readTree(in);
            report.put("agency", agency).put("year", 2025).put("title", agency + " 2025 年政府信息公开工作年度报告");
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
