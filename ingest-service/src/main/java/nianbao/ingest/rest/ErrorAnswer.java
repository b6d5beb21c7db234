package nianbao.ingest.rest;

import jakarta.ws.rs.core.Response;

/**
 * The one shape of every error answer, an RFC 7807 problem ({@code application/problem+json}) like the other
 * services': {@code type}, the HTTP {@code status}, its {@code title} (the reason phrase) and {@code detail}, a sentence
 * saying what was wrong (over a bound it starts {@code over limit: } or {@code zip bomb: } and names the bound);
 * {@code error} repeats it, as ingest's answers always had it. Never an exception's text or an internal address.
 */
public record ErrorAnswer(String type, String title, int status, String detail, String error) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The response carrying this answer. */
    static Response response(Response.StatusType status, String error) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new ErrorAnswer("about:blank", status.getReasonPhrase(), status.getStatusCode(), error, error)).build();
    }

    static Response badRequest(String error) {
        return response(Response.Status.BAD_REQUEST, error);
    }
}
