package nianbao.parser.model;

/** Provenance of the file a report was read from (contract field {@code source}). */
public record SourceInfo(String fileName, String mediaType, Long sizeBytes, String sha256, String receivedAt,
                         String sourceUrl) {
}
