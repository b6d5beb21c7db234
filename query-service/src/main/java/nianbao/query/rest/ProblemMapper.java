package nianbao.query.rest;

import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Set;
import java.util.TreeSet;

/**
 * Every error of every endpoint as problem details ({@link Problem}): the caller's own mistakes with the detail that
 * says which and why, the framework's answers (unknown path, method, media type) with a fixed sentence, and anything
 * unexpected as a 500 whose detail never shows the exception (it is logged).
 */
public class ProblemMapper {

    private static final Set<String> READ_ONLY = new TreeSet<>(Set.of("GET", "HEAD", "OPTIONS"));

    @ServerExceptionMapper
    public Response clientProblem(ClientProblem e) {
        return problem(e.getResponse().getStatus(), e.getMessage(), e.parameter()).build();
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.ResponseBuilder answer = problem(status, frameworkDetail(e), null);
        if (status == 405) {
            answer.header(HttpHeaders.ALLOW, String.join(", ", allowed(e)));
        }
        return answer.build();
    }

    /** The methods the path answers: as the framework says, else those of every query-service endpoint (read-only). */
    private static Set<String> allowed(WebApplicationException e) {
        Set<String> allowed = new TreeSet<>(e.getResponse().getAllowedMethods());
        return allowed.isEmpty() ? READ_ONLY : allowed;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Log.error("unexpected error answering a request", e);
        return problem(500, "the request could not be answered; the error is logged", null).build();
    }

    private static String frameworkDetail(WebApplicationException e) {
        return switch (e.getResponse().getStatus()) {
            case 400 -> "the request is malformed";
            case 404 -> "there is nothing at this path";
            case 405 -> "this path does not answer this method; it answers " + String.join(", ", allowed(e));
            case 406 -> "this path cannot answer in any of the media types the Accept header asks for";
            case 415 -> "this path does not take a body of this media type";
            default -> Response.Status.Family.familyOf(e.getResponse().getStatus()) == Response.Status.Family.SERVER_ERROR
                    ? "the request could not be answered" : "the request was not accepted";
        };
    }

    private static Response.ResponseBuilder problem(int status, String detail, String parameter) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(new Problem("about:blank", title, status, detail, parameter));
    }
}
