package nianbao.parser.messaging;

import nianbao.parser.model.SourceInfo;

/**
 * What parser-service reads of a {@code reports-ingested.v1} event (owned by ingest-service; this is our copy).
 * Unknown fields are ignored.
 */
public record IngestedEvent(String eventId, String type, String reportId, String occurredAt, SourceInfo source,
                            String text) {
}
