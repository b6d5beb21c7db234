package nianbao.query.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A report's latest validation (reports-validated.v1 as stored): status, counts, coverage and findings. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ValidationView(String eventId, String occurredAt, String agency, Integer year, String ruleSetVersion,
                             @Schema(enumeration = {"PASSED", "WARNINGS", "ERRORS", "INCOMPLETE"}) String status,
                             Counts counts, Coverage coverage, List<Finding> findings) {

    /** Findings by severity. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counts(Integer error, Integer warning, Integer info) {
    }

    /** How much was read and checked; null in validations from before it existed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Coverage(Integer cellsExpected, Integer cellsRead, Integer identitiesChecked, Integer identitiesUnchecked,
                           List<Unchecked> unchecked) {
    }

    /** A check that could not be made: the rule, its column or group, the cells it lacked. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unchecked(String rule, String scope, List<String> missing) {
    }

    /** One finding: the rule, its severity, the cells it names (contract paths), what was expected and found, the message. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String ruleId, @Schema(enumeration = {"error", "warning", "info"}) String severity, List<String> cells,
                          @Schema(description = "a number or a word (e.g. \"read\")", oneOf = {Number.class, String.class}) Object expected,
                          @Schema(description = "a number or a word (e.g. a diagnostic code)", oneOf = {Number.class, String.class}) Object actual,
                          @Schema(description = "in Chinese") String message, @Schema(description = "in English") String messageEn) {
    }
}
