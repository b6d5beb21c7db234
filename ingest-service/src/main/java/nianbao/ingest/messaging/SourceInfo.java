package nianbao.ingest.messaging;

/** Provenance of a report file, carried in {@code reports-ingested.v1} (contract field {@code source}). */
public record SourceInfo(String fileName, String mediaType, long sizeBytes, String sha256, String receivedAt,
                         String sourceUrl) {
}
