package nianbao.query.store;

import nianbao.support.mongo.InMemoryStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The live feed's window: a batch of events gets consecutive numbers in its order, and the window stays bounded. */
class EventWindowTest {

    @RegisterExtension
    final InMemoryStore mongo = new InMemoryStore();

    private EventWindow window(int size) {
        return new EventWindow(mongo.client(), "t", size);
    }

    private static List<Document> events(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> new Document("reportId", prefix + i)).toList();
    }

    @Test
    void aBatchGetsConsecutiveNumbersInItsOrderAfterSingleAppends() {
        EventWindow window = window(1000);
        assertThat(window.append(new Document("reportId", "first"))).isEqualTo(1);

        long first = window.appendAll(events("r", 3));

        assertThat(first).isEqualTo(2);
        assertThat(window.newest()).isEqualTo(4);
        assertThat(window.after(1)).extracting(e -> e.seq() + " " + e.event().getString("reportId"))
                .containsExactly("2 r0", "3 r1", "4 r2");
        assertThat(window.after(0)).allMatch(e -> e.epoch().equals(window.epoch()));
    }

    @Test
    void anEmptyBatchStoresNothingAndTakesNoNumber() {
        EventWindow window = window(1000);
        window.appendAll(List.of());
        assertThat(window.newest()).isZero();
        assertThat(window.append(new Document("reportId", "a"))).isEqualTo(1);
    }

    @Test
    void batchesThatPassTheTrimPointKeepTheWindowBounded() {
        EventWindow window = window(100);
        for (int batch = 0; batch < 20; batch++) {
            window.appendAll(events("b" + batch + "-", 37));
        }
        assertThat(window.newest()).isEqualTo(740);
        List<EventWindow.StoredEvent> kept = window.after(0);
        assertThat(kept.size()).isBetween(100, 100 + 50 + 37);
        assertThat(kept.get(kept.size() - 1).seq()).isEqualTo(740);
        assertThat(window.oldest()).isEqualTo(kept.get(0).seq());
    }

    @Test
    void numbersTakenByAnotherWriterAreReplacedNotLost() {
        EventWindow one = window(1000);
        EventWindow other = window(1000);   // a second projector on the same store, both starting from 0
        one.appendAll(events("one-", 3));

        long first = other.appendAll(events("other-", 5));

        assertThat(first).isEqualTo(1);
        List<String> kept = new ArrayList<>();
        other.after(0).forEach(e -> kept.add(e.seq() + " " + e.event().getString("reportId")));
        assertThat(kept).containsExactly("1 other-0", "2 other-1", "3 other-2", "4 other-3", "5 other-4");
    }
}
