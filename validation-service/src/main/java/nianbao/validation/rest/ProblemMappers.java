package nianbao.validation.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error of the REST endpoints as an RFC 7807 problem: this service's own refusals with their sentence,
 * framework errors (404, 405, 415, a body that is no JSON) with a sentence per status, and anything else as a 500
 * that shows nothing of the exception.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response refused(ProblemException e) {
        return e.problem().response();
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            Log.errorf(e, "request failed with %d", status);
        }
        return Problem.of(status, sentence(status)).response();
    }

    @ServerExceptionMapper
    public Response notJson(JsonProcessingException e) {
        return Problem.of(400, "the body is not valid JSON").response();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Log.errorf(e, "request failed");
        return Problem.of(500, "the request could not be handled; nothing was stored").response();
    }

    private static String sentence(int status) {
        return switch (status) {
            case 400 -> "the request is not valid (a parsed report as JSON for /validate, a draft's text for /check)";
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed here";
            case 406 -> "the answer is JSON (application/json or application/problem+json)";
            case 413 -> "the body is too large";
            case 415 -> "unsupported Content-Type: /validate takes application/json, /check text/plain, text/markdown or text/html";
            default -> status >= 500 ? "the request could not be handled; nothing was stored" : "the request was refused";
        };
    }
}
