package nianbao.ingest.messaging;

import java.util.UUID;

/**
 * The {@code reports-ingested.v1} event: the envelope, the file's provenance ({@code source.mediaType} is what the
 * bytes are), the charset a text file was decoded from, and its content: {@code text} in {@code contentType}
 * text/plain or text/html (Word files and PDFs arrive as HTML with their tables). Owned by ingest-service;
 * consumers keep their own copy.
 */
public record IngestedEvent(String eventId, String type, String reportId, String occurredAt, SourceInfo source,
                            String charset, String contentType, String text) {

    public static final String TYPE = "reports-ingested.v1";

    public static IngestedEvent of(SourceInfo source, String charset, String contentType, String text, String occurredAt) {
        return new IngestedEvent(UUID.randomUUID().toString(), TYPE, source.sha256(), occurredAt, source, charset,
                contentType, text);
    }
}
