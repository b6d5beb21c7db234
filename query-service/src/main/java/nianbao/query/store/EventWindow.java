package nianbao.query.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
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
    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);
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
    public long append(Document event) {
        return appendAll(List.of(event));
    }

    /**
     * Stores the events under the next sequence numbers, in their order, in one write; returns the first number (the
     * others follow it one by one). Trims the window each time the numbers pass a multiple of {@value #TRIM_EVERY}.
     */
    public synchronized long appendAll(List<Document> batch) {
        long first = sequence + 1;
        if (batch.isEmpty()) {
            return first;
        }
        List<Document> stored = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            stored.add(new StoredEvent(first + i, epoch, batch.get(i)).toDocument());
        }
        try {
            events.insertMany(stored, UNORDERED);
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            // another writer took these numbers (two projectors on one store): replace them, the newest fact wins
            for (BulkWriteError error : e.getWriteErrors()) {
                Document event = stored.get(error.getIndex());
                events.replaceOne(Filters.eq(StoredEvent.ID, event.get(StoredEvent.ID)), event);
            }
        }
        long last = first + batch.size() - 1;
        if (last / TRIM_EVERY > sequence / TRIM_EVERY) {
            events.deleteMany(Filters.lte(StoredEvent.ID, last - size));
        }
        sequence = last;
        return first;
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
