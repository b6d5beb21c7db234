package nianbao.parser.messaging;

import java.time.Instant;
import java.util.UUID;

/** The {@code reports-rejected.v1} event: a report that could not go further, with the stage and the reason. */
public record RejectedEvent(String eventId, String type, String reportId, String occurredAt, String fileName,
                            String stage, String reason) {

    public static final String TYPE = "reports-rejected.v1";
    public static final String TOPIC = "reports-rejected";

    public static RejectedEvent of(String reportId, String fileName, String reason) {
        return new RejectedEvent(UUID.randomUUID().toString(), TYPE, reportId, Instant.now().toString(), fileName, "parse",
                reason);
    }
}
