package nianbao.parser.rest;

import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import nianbao.parser.parsing.OverLimit;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a request into a problem answer: a bound broken is the client's 400, anything else 500. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response overLimit(OverLimit e) {
        return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
        return Problem.response(status == null ? Response.Status.BAD_REQUEST : status,
                status == null ? "the request cannot be answered" : status.getReasonPhrase());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Log.warnf(e, "request failed");
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "the report could not be parsed");
    }
}
