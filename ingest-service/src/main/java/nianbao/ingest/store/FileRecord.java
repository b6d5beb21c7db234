package nianbao.ingest.store;

/**
 * What ingest-service remembers of a file it has taken in: enough to acknowledge the same bytes again with the
 * same reportId, and to tell a redelivery (same topic position) from a duplicate upload.
 */
public record FileRecord(String reportId, String fileName, String mediaType, long sizeBytes, String receivedAt,
                         String status, String reason, String sourcePosition) {

    public static final String INGESTED = "INGESTED";
    public static final String REJECTED = "REJECTED";
}
