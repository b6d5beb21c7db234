package nianbao.query.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** A 4xx answer meant for the caller: what was wrong, and for a bad parameter its name (see {@link ProblemMapper}). */
public class ClientProblem extends WebApplicationException {

    private final String parameter;

    private ClientProblem(Response.Status status, String parameter, String detail) {
        super(detail, status);
        this.parameter = parameter;
    }

    /** 400: the parameter and what it must be. */
    static ClientProblem badParameter(String parameter, String detail) {
        return new ClientProblem(Response.Status.BAD_REQUEST, parameter, detail);
    }

    /** 404: what was not found. */
    static ClientProblem notFound(String detail) {
        return new ClientProblem(Response.Status.NOT_FOUND, null, detail);
    }

    /** The bad parameter's name; null when the problem is not one parameter. */
    public String parameter() {
        return parameter;
    }
}
