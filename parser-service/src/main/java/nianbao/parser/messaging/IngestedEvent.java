package nianbao.parser.messaging;

import nianbao.parser.model.SourceInfo;

/**
 * What parser-service reads of a {@code reports-ingested.v1} event (owned by ingest-service; this is our copy).
 * {@code contentType} says how {@code text} is written (text/html or text/plain; Word files and PDFs arrive as
 * HTML); {@code source.mediaType} is what the original file was. Unknown fields are ignored.
 */
public record IngestedEvent(String eventId, String type, String reportId, String occurredAt, SourceInfo source,
                            String contentType, String text) {

    /** How {@code text} is written; events without {@code contentType} fall back to the source's media type. */
    public String textType() {
        return contentType != null ? contentType : source == null ? null : source.mediaType();
    }
}
