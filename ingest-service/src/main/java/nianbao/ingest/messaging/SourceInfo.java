package nianbao.ingest.messaging;

/**
 * Provenance of a report file, carried in {@code reports-ingested.v1} (contract field {@code source}).
 * {@code documentDates} are the dates the file carries itself: PDF and Word files only, null for text and web pages.
 */
public record SourceInfo(String fileName, String mediaType, long sizeBytes, String sha256, String receivedAt,
                         String sourceUrl, DocumentDates documentDates) {
}
