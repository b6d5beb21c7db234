package nianbao.validation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nianbao.validation.rules.ReportShape;
import nianbao.validation.rules.Validation;
import nianbao.validation.rules.Validator;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * {@code POST /validate}: a parsed report (contract JSON) in, the status, coverage and findings out; nothing is
 * stored. A body that is not a parsed report is answered 400 with the reasons.
 */
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
        List<String> problems = ReportShape.problems(report);
        if (!problems.isEmpty()) {
            throw new ProblemException(400, "not a parsed report: " + String.join("; ", problems));
        }
        return validator.validate(report);
    }
}
