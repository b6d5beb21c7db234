package nianbao.ingest.rest;

/**
 * The answer to an upload: the report's id, whether it was new ({@code ACCEPTED}) or already known
 * ({@code DUPLICATE}, nothing is processed again), and where to follow it in query-service.
 */
public record UploadAnswer(String reportId, String status, String fileName, long sizeBytes, String report,
                           String findings) {
}
