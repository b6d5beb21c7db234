package nianbao.ingest.rest;

import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;

/**
 * Every failure answers in the {@link ErrorAnswer} shape. A request the framework cannot take (malformed multipart,
 * a Content-Type that does not parse, an unknown method or path) keeps its 4xx status with a plain sentence; anything
 * unexpected is a 500 whose body says nothing of the exception, which goes to the log.
 */
public class ErrorMappers {

    private static final String MULTIPART = "org.jboss.resteasy.reactive.server.core.multipart.";
    private static final String HEADERS = "org.jboss.resteasy.reactive.common.headers.";
    private static final String FORM_BODY_HANDLER = "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler";

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return ErrorAnswer.response(status, sentence(status.getStatusCode()));
    }

    /**
     * A failure while the framework parsed the request's form or headers (a multipart body without boundary or cut
     * short, a Content-Type parameter without value) is the client's: 400. Anything else is a 500 whose body says
     * nothing of the exception, which goes to the log.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (whileParsingTheRequest(e)) {
            Log.debugf("malformed request: %s", e.toString());
            return ErrorAnswer.badRequest("malformed request: the headers or the body could not be read");
        }
        Log.errorf(e, "an upload failed");
        return ErrorAnswer.response(Response.Status.INTERNAL_SERVER_ERROR, "the upload failed inside ingest-service; try again later");
    }

    private static boolean whileParsingTheRequest(Throwable e) {
        return Arrays.stream(e.getStackTrace()).map(StackTraceElement::getClassName)
                .anyMatch(name -> name.startsWith(MULTIPART) || name.startsWith(HEADERS) || name.equals(FORM_BODY_HANDLER));
    }

    private static String sentence(int status) {
        return switch (status) {
            case 400 -> "malformed request: the headers or the body could not be read";
            case 404 -> "no such resource";
            case 405 -> "method not allowed here";
            case 406 -> "the answer is JSON only";
            case 413 -> "request too large";
            case 415 -> "unsupported content type for this endpoint";
            default -> Response.Status.fromStatusCode(status) == null ? "request refused"
                    : Response.Status.fromStatusCode(status).getReasonPhrase().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
