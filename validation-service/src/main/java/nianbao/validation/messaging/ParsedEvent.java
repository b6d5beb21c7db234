package nianbao.validation.messaging;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What validation-service reads of a {@code reports-parsed.v1} event (owned by parser-service). The report is
 * kept as the contract's JSON tree because the rules address cells by contract path.
 */
public record ParsedEvent(String eventId, String type, String reportId, String occurredAt, JsonNode report) {
}
