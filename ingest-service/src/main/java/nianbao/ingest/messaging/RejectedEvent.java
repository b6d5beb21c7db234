package nianbao.ingest.messaging;

import java.util.UUID;

/** The {@code reports-rejected.v1} event: a file that could not go further, with the stage and the reason. */
public record RejectedEvent(String eventId, String type, String reportId, String occurredAt, String fileName,
                            String stage, String reason, SourceInfo source) {

    public static final String TYPE = "reports-rejected.v1";
    public static final String TOPIC = "reports-rejected";

    public static RejectedEvent of(SourceInfo source, String reason, String occurredAt) {
        return new RejectedEvent(UUID.randomUUID().toString(), TYPE, source.sha256(), occurredAt, source.fileName(),
                "ingest", reason, source);
    }
}
