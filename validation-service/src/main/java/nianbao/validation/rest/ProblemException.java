package nianbao.validation.rest;

/** A request this service refuses or cannot serve, with the status and the sentence the user gets. */
public class ProblemException extends RuntimeException {

    private final int status;

    public ProblemException(int status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    public Problem problem() {
        return Problem.of(status, getMessage());
    }
}
