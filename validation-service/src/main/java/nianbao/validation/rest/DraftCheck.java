package nianbao.validation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.validation.rules.Validation;

/** The answer to {@code POST /check}: the draft as parsed (tables, diagnostics) and its findings. */
public record DraftCheck(JsonNode report, Validation validation) {
}
