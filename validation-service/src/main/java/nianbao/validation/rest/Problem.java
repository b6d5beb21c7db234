package nianbao.validation.rest;

import jakarta.ws.rs.core.Response;

/**
 * An error answer in the shape of RFC 7807 ({@code application/problem+json}): the status, its reason phrase and a
 * sentence for the user. Never an exception's text or an internal address.
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String detail) {
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        Response.StatusType known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : status == 429 ? "Too Many Requests"
                : family == Response.Status.Family.CLIENT_ERROR ? "Client Error" : "Server Error";
        return new Problem("about:blank", title, status, detail);
    }

    public Response response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
