package nianbao.parser.model;

/**
 * Provenance of the file a report was read from (contract field {@code source}); {@code documentDates} are the
 * dates a PDF or Word file carries itself (null for text and web pages); {@code ocr} is set for a report read from
 * page images.
 */
public record SourceInfo(String fileName, String mediaType, Long sizeBytes, String sha256, String receivedAt,
                         String sourceUrl, DocumentDates documentDates, Ocr ocr) {

    public SourceInfo(String fileName, String mediaType, Long sizeBytes, String sha256, String receivedAt, String sourceUrl) {
        this(fileName, mediaType, sizeBytes, sha256, receivedAt, sourceUrl, null, null);
    }

    /** How a report read from page images was read: pages, mean word confidence (0–100), seconds, engine. */
    public record Ocr(Integer pages, Double meanConfidence, Double seconds, String engine) {
    }

    /** When the file says it was created and last modified, ISO instants, each null when absent. */
    public record DocumentDates(String created, String modified) {
    }
}
