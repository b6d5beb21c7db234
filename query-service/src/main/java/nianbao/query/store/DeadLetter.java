package nianbao.query.store;

import org.bson.Document;

/**
 * A record a stage gave up on, as query-service keeps it under the record's key: the dead-letter topic and the record's
 * position there (which makes a redelivery of the same dead letter the same fact), the reason and when it was written.
 */
public record DeadLetter(String topic, int partition, long offset, String reason, String at) {

    /** Reasons are kept up to this many characters: a dead letter is a fact to show, not a store for text. */
    public static final int MAX_REASON = 1000;

    public DeadLetter {
        reason = reason == null || reason.isBlank() ? "could not be processed"
                : reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason;
    }

    static DeadLetter of(Document stored) {
        return new DeadLetter(String.valueOf(stored.get("topic")), stored.get("partition") instanceof Number n ? n.intValue() : 0,
                stored.get("offset") instanceof Number n ? n.longValue() : 0, stored.getString("reason"),
                stored.get("at") == null ? null : stored.get("at").toString());
    }

    Document toDocument() {
        return new Document("topic", topic).append("partition", partition).append("offset", offset)
                .append("reason", reason).append("at", at);
    }
}
