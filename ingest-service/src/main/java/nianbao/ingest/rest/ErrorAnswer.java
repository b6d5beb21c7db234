package nianbao.ingest.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one shape of every error answer: the HTTP {@code status}, its {@code title} (the reason phrase) and {@code error},
 * a sentence saying what was wrong (over a bound it starts {@code over limit: } or {@code zip bomb: } and names the
 * bound). Never an exception's text or an internal address.
 */
public record ErrorAnswer(int status, String title, String error) {

    /** The response carrying this answer as JSON. */
    static Response response(Response.StatusType status, String error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorAnswer(status.getStatusCode(), status.getReasonPhrase(), error)).build();
    }

    static Response badRequest(String error) {
        return response(Response.Status.BAD_REQUEST, error);
    }
}
