package nianbao.query.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.query.store.ReportStore.Validated;
import nianbao.support.mongo.InMemoryStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A store outage during a batch: the batch's write waits for the store (the consumer reads nothing meanwhile) and is
 * written once the store is back, none of its events refused (so none dead-lettered).
 */
class StoreOutageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final InMemoryStore mongo = new InMemoryStore();

    @Test
    void aBatchArrivingWhileTheStoreIsDownIsWrittenOnceItIsBack() throws Exception {
        ReportStore store = new ReportStore(new ReportsCollection(mongo.client(), "outage"));
        mongo.stop();
        AtomicInteger attempts = new AtomicInteger();

        CompletableFuture<BatchWrite<Validated, String>> batch = CompletableFuture.supplyAsync(() -> BatchWrite.of("store validations",
                List.of(validated("outage-1", "PASSED"), validated("outage-2", "WARNINGS")), written -> {
                    attempts.incrementAndGet();
                    store.saveAllValidations(written);
                    return List.of();
                }));
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts.get() >= 2);
        assertThat(batch).isNotDone();
        mongo.restart();

        assertThat(batch.get(60, TimeUnit.SECONDS).refused()).isEmpty();
        assertThat(store.find("outage-1").orElseThrow().get("validation", Document.class).getString("status")).isEqualTo("PASSED");
        assertThat(store.find("outage-2").orElseThrow().get("validation", Document.class).getString("status")).isEqualTo("WARNINGS");
    }

    private static Validated validated(String reportId, String status) {
        ObjectNode event = JSON.createObjectNode().put("type", "reports-validated.v1").put("reportId", reportId)
                .put("agency", "停机测试局").put("year", 2025).put("status", status);
        return new Validated(reportId, event);
    }
}
