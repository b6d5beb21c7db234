package nianbao.query.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.query.store.EventWindow;
import nianbao.query.store.ReportDocument;
import nianbao.query.store.ReportStore;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The live feed of {@code GET /events}: each report validated or rejected becomes a {@link FeedEvent} with the next id,
 * kept in the {@link EventWindow} and sent to every subscriber. A subscriber that names the last id it got
 * ({@code Last-Event-ID}) first gets the kept events after it, then the live ones, none twice and none lost in between;
 * one whose id is older than the window (or of another store) first gets a {@code reset} event. A subscriber that
 * falls more than {@value #BUFFER} events behind is disconnected, and resumes with its Last-Event-ID.
 */
@ApplicationScoped
public class ValidationFeed {

    static final int BUFFER = 512;
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final EventWindow window;
    private final ReportStore store;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    public ValidationFeed(EventWindow window, ReportStore store) {
        this.window = window;
        this.store = store;
    }

    /** A report to announce on the feed: what happened to it ({@code validated}, {@code rejected}) and when. */
    public record Announcement(String kind, String reportId, String occurredAt) {
    }

    /**
     * Publishes the reports, in their order, as the read model holds them now: one read of the store and one write of
     * the window for all of them. A report not stored is left out; a failure is logged, never thrown (the read model
     * is written).
     */
    public void publishAll(List<Announcement> announcements) {
        if (announcements.isEmpty()) {
            return;
        }
        try {
            Map<String, Document> reports = store.findAllWithoutContract(announcements.stream().map(Announcement::reportId).toList());
            List<FeedEvent> events = new ArrayList<>();
            for (Announcement a : announcements) {
                Document report = reports.get(a.reportId());
                if (report != null) {
                    events.add(FeedEvent.of(a.kind(), ReportDocument.of(report), a.occurredAt()));
                }
            }
            publish(events);
        } catch (RuntimeException e) {
            Log.warnf("live feed: %d events (the first: %s of %s) not published (%s)", announcements.size(),
                    announcements.get(0).kind(), announcements.get(0).reportId(), e.toString());
        }
    }

    /** Numbers, keeps (in one write) and sends the events in their order; serialized, so subscribers get them in id order. */
    synchronized void publish(List<FeedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        long first = window.appendAll(events.stream().map(e -> new Document(JSON.convertValue(e, Map.class))).toList());
        for (int i = 0; i < events.size(); i++) {
            long seq = first + i;
            FeedEvent numbered = events.get(i).withId(new FeedPosition(window.epoch(), seq).id());
            subscribers.forEach(s -> s.live(seq, numbered));
        }
    }

    /**
     * The events after the given position (null: from now on), then every new one. The replay reads the store on a
     * worker thread; events published meanwhile wait in the subscriber's buffer.
     */
    public Multi<FeedEvent> stream(FeedPosition after) {
        return Multi.createFrom().<FeedEvent>emitter(emitter -> {
            Subscriber subscriber = new Subscriber(emitter);
            subscribers.add(subscriber);
            emitter.onTermination(() -> subscribers.remove(subscriber));
            subscriber.caughtUp(after == null ? List.of() : missed(after));
        }, BUFFER).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The kept events after the position, numbered; a reset first when some were not kept. */
    private List<Numbered> missed(FeedPosition after) {
        List<Numbered> missed = new ArrayList<>();
        boolean sameStore = after.epoch().equals(window.epoch()) && after.sequence() <= window.newest();
        long from = sameStore ? after.sequence() : 0;
        long oldest = window.oldest();
        if (!sameStore || (oldest > 0 && oldest > from + 1)) {
            missed.add(new Numbered(-1, FeedEvent.reset(oldest == 0 ? "now" : new FeedPosition(window.epoch(), oldest).id())));
        }
        for (EventWindow.StoredEvent stored : window.after(from)) {
            FeedEvent event = JSON.convertValue(stored.event(), FeedEvent.class);
            missed.add(new Numbered(stored.seq(), event.withId(new FeedPosition(stored.epoch(), stored.seq()).id())));
        }
        return missed;
    }

    private record Numbered(long seq, FeedEvent event) {
    }

    /** One client: live events wait until the replay is sent, then only those newer than the replay go out. */
    private static final class Subscriber {

        private final MultiEmitter<? super FeedEvent> emitter;
        private List<Numbered> waiting = new ArrayList<>();
        private long sent = -1;

        Subscriber(MultiEmitter<? super FeedEvent> emitter) {
            this.emitter = emitter;
        }

        synchronized void caughtUp(List<Numbered> replay) {
            replay.forEach(this::emit);
            waiting.forEach(this::emit);
            waiting = null;
        }

        synchronized void live(long seq, FeedEvent event) {
            if (waiting != null) {
                waiting.add(new Numbered(seq, event));
            } else {
                emit(new Numbered(seq, event));
            }
        }

        private void emit(Numbered numbered) {
            if (numbered.seq() < 0 || numbered.seq() > sent) {
                sent = Math.max(sent, numbered.seq());
                emitter.emit(numbered.event());
            }
        }
    }
}
