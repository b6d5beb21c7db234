package nianbao.query.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The collection {@code feedEvents}: the most recent events of {@code GET /events} (at least {@code nianbao.events.window},
 * default 1,000), so that a client reconnecting with {@code Last-Event-ID} gets what it missed. Each document is one
 * {@link StoredEvent}: {@code _id} its sequence number, {@code epoch} the store's epoch, {@code event} what was sent.
 * Sequence numbers count up from the newest stored event; the epoch is chosen when the window is empty (a fresh or
 * dropped store), so an id from before that cannot be taken for a new one. One projector per store, as for versions.
 */
@ApplicationScoped
public class EventWindow {

    /** Older events are deleted every this many appends, so the window holds between size and size + this many. */
    private static final int TRIM_EVERY = 50;
    private final MongoCollection<Document> events;
    private final int size;
    private final String epoch;
    private long sequence;

    public EventWindow(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database,
                       @ConfigProperty(name = "nianbao.events.window", defaultValue = "1000") int size) {
        this.events = mongo.getDatabase(database).getCollection("feedEvents");
        this.size = size;
        Document newest = events.find().sort(Sorts.descending(StoredEvent.ID)).limit(1).first();
        this.sequence = newest == null ? 0 : ((Number) newest.get(StoredEvent.ID)).longValue();
        this.epoch = newest != null && newest.get(StoredEvent.EPOCH) instanceof String e ? e : newEpoch();
    }

    /** The epoch of this store's sequence numbers: a short lower-case word. */
    public String epoch() {
        return epoch;
    }

    /** How many events the window keeps at least. */
    public int size() {
        return size;
    }

    /** Stores the event under the next sequence number, returned; trims the window now and then. */
    public synchronized long append(Document event) {
        long next = sequence + 1;
        try {
            events.insertOne(new StoredEvent(next, epoch, event).toDocument());
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // another writer took the number (two projectors on one store): replace it, the newest fact wins
            events.replaceOne(Filters.eq(StoredEvent.ID, next), new StoredEvent(next, epoch, event).toDocument());
        }
        sequence = next;
        if (next % TRIM_EVERY == 0) {
            events.deleteMany(Filters.lte(StoredEvent.ID, next - size));
        }
        return next;
    }

    /** The stored events after the sequence number, oldest first. */
    public List<StoredEvent> after(long seq) {
        List<StoredEvent> after = new ArrayList<>();
        events.find(Filters.gt(StoredEvent.ID, seq)).sort(Sorts.ascending(StoredEvent.ID))
                .forEach(d -> after.add(StoredEvent.of(d)));
        return after;
    }

    /** The sequence number of the oldest event still kept; 0 when none is. */
    public long oldest() {
        Document oldest = events.find().sort(Sorts.ascending(StoredEvent.ID)).limit(1).first();
        return oldest == null ? 0 : ((Number) oldest.get(StoredEvent.ID)).longValue();
    }

    /** The newest sequence number handed out; 0 before the first. */
    public synchronized long newest() {
        return sequence;
    }

    private static String newEpoch() {
        return Long.toString(new SecureRandom().nextLong() & 0xFFFFFFFFFFL, 36).toLowerCase(Locale.ROOT);
    }

    /** One document of {@code feedEvents}. */
    public record StoredEvent(long seq, String epoch, Document event) {

        static final String ID = "_id";
        static final String EPOCH = "epoch";
        static final String EVENT = "event";

        Document toDocument() {
            return new Document(ID, seq).append(EPOCH, epoch).append(EVENT, event);
        }

        static StoredEvent of(Document stored) {
            return new StoredEvent(((Number) stored.get(ID)).longValue(), stored.getString(EPOCH), stored.get(EVENT, Document.class));
        }
    }
}
