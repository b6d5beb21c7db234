package nianbao.ingest.messaging;

import java.util.UUID;

/**
 * The {@code reports-ingested.v1} event: the envelope, the file's provenance, the charset it was decoded from
 * and its text. Owned by ingest-service; consumers keep their own copy.
 */
public record IngestedEvent(String eventId, String type, String reportId, String occurredAt, SourceInfo source,
                            String charset, String text) {

    public static final String TYPE = "reports-ingested.v1";

    public static IngestedEvent of(SourceInfo source, String charset, String text, String occurredAt) {
        return new IngestedEvent(UUID.randomUUID().toString(), TYPE, source.sha256(), occurredAt, source, charset, text);
    }
}
