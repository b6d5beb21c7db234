package nianbao.query.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.query.store.ReportStatus;

import java.util.List;

/**
 * query-service's copy of {@code reports-validated.v1} (owned by validation-service, docs/events.md): what it reads
 * of the event, checked before the event is stored. {@code coverage} is null in events from before it existed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ValidatedEvent(String eventId, String type, String reportId, String occurredAt, String agency, Integer year,
                             String ruleSetVersion, String status, Counts counts, Coverage coverage, List<Finding> findings) {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Findings by severity. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counts(Integer error, Integer warning, Integer info) {
    }

    /** How much of the report was read and checked. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Coverage(Integer cellsExpected, Integer cellsRead, Integer identitiesChecked, Integer identitiesUnchecked,
                           List<Unchecked> unchecked) {
    }

    /** An identity that could not be checked: its rule, the column or group, the cells it lacked. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unchecked(String rule, String scope, List<String> missing) {
    }

    /** One finding; {@code expected} and {@code actual} are numbers or text, kept as they came. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String ruleId, String severity, List<String> cells, JsonNode expected, JsonNode actual, String message) {
    }

    /**
     * The event read from its JSON tree.
     *
     * @throws IllegalArgumentException when it is not a validation: undecodable, of another shape, without a reportId,
     *                                  or with a status other than PASSED, WARNINGS, ERRORS, INCOMPLETE
     */
    public static ValidatedEvent of(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("not a reports-validated event (undecodable or not a JSON object)");
        }
        ValidatedEvent event;
        try {
            event = JSON.treeToValue(tree, ValidatedEvent.class);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException("not a reports-validated event: a field of the wrong type (" + path(e) + ")");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a reports-validated event: unreadable");
        }
        if (event.reportId() == null || event.reportId().isBlank()) {
            throw new IllegalArgumentException("not a reports-validated event: no reportId");
        }
        if (!ReportStatus.VALIDATED.contains(event.status())) {
            throw new IllegalArgumentException("not a reports-validated event: status must be one of "
                    + ReportStatus.VALIDATED + ", was " + event.status());
        }
        return event;
    }

    /** Where in the event the mapping failed, e.g. {@code coverage.cellsRead} or {@code findings[2].cells}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the event" : path.toString();
    }
}
