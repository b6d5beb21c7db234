package nianbao.parser.parsing;

/**
 * Thrown when an input breaks one of the {@link InputLimits}: the report is rejected with {@link #getMessage()},
 * which names the bound ("over limit: …"), before the memory it would take is spent.
 */
public final class OverLimit extends RuntimeException {

    public OverLimit(String what, long actual, long limit) {
        super("over limit: " + what + " " + actual + " (at most " + limit + ")", null, false, false);
    }
}
