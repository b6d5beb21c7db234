package nianbao.parser.messaging;

import nianbao.parser.model.ParsedReport;

import java.time.Instant;
import java.util.UUID;

/** The {@code reports-parsed.v1} event: the envelope and the parsed report in the public contract. */
public record ParsedEvent(String eventId, String type, String reportId, String occurredAt, ParsedReport report) {

    public static final String TYPE = "reports-parsed.v1";

    public static ParsedEvent of(ParsedReport report) {
        return new ParsedEvent(UUID.randomUUID().toString(), TYPE, report.reportId(), Instant.now().toString(), report);
    }
}
