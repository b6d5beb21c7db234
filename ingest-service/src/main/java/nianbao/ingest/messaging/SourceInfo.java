package nianbao.ingest.messaging;

/**
 * Provenance of a report file, carried in {@code reports-ingested.v1} (contract field {@code source}).
 * {@code documentDates} are the dates the file carries itself: PDF and Word files only, null for text and web pages.
 * {@code ocr} says how a file read from page images was read, null for every other.
 */
public record SourceInfo(String fileName, String mediaType, long sizeBytes, String sha256, String receivedAt,
                         String sourceUrl, DocumentDates documentDates, OcrInfo ocr) {

    public SourceInfo(String fileName, String mediaType, long sizeBytes, String sha256, String receivedAt, String sourceUrl,
                      DocumentDates documentDates) {
        this(fileName, mediaType, sizeBytes, sha256, receivedAt, sourceUrl, documentDates, null);
    }
}
