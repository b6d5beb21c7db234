package nianbao.validation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nianbao.validation.rules.Validation;
import nianbao.validation.rules.Validator;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code POST /validate}: a parsed report (contract JSON) in, the findings out; nothing is stored. */
@Path("/validate")
public class ValidateResource {

    private final Validator validator;

    public ValidateResource(Validator validator) {
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a parsed report against the rule set without storing anything")
    public Validation validate(JsonNode report) {
        if (report == null || !report.isObject()) {
            throw new BadRequestException("the body must be a parsed report: a JSON object in the report contract");
        }
        return validator.validate(report);
    }
}
