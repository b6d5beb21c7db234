package nianbao.validation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nianbao.validation.rules.ReportShape;
import nianbao.validation.rules.Validator;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /check}: an agency's draft report (text, markdown or a web page) in, the parsed tables and the findings
 * out, nothing stored — so a draft can be corrected before it is published. Rules that compare with other reports
 * (cross-year, 雷同, the region) need the stored history and do not run here.
 */
@Path("/check")
public class CheckResource {

    private static final int MAX_FILE_NAME = 255;

    private final ParserClient parser;
    private final Validator validator;

    public CheckResource(ParserClient parser, Validator validator) {
        this.parser = parser;
        this.validator = validator;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown", MediaType.TEXT_HTML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a draft report: parse it and list its findings, storing nothing")
    public DraftCheck check(String draft, @HeaderParam("Content-Type") String contentType, @QueryParam("fileName") String fileName) {
        if (draft == null || draft.isBlank()) {
            throw new ProblemException(400, "the body must be the draft report's text or web page");
        }
        if (fileName != null && (fileName.length() > MAX_FILE_NAME || fileName.chars().anyMatch(Character::isISOControl))) {
            throw new ProblemException(400, "fileName must be at most " + MAX_FILE_NAME + " characters, without control characters");
        }
        String type = contentType != null && contentType.startsWith(MediaType.TEXT_HTML) ? MediaType.TEXT_HTML + "; charset=UTF-8"
                : MediaType.TEXT_PLAIN + "; charset=UTF-8";
        JsonNode report = parser.parse(draft, type, fileName);
        if (!ReportShape.problems(report).isEmpty()) {
            throw new ProblemException(502, "parser-service answered something that is not a parsed report");
        }
        return new DraftCheck(report, validator.validate(report));
    }
}
