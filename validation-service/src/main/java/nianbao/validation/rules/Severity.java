package nianbao.validation.rules;

/** How serious a finding is: error = an identity or statutory part broken; warning = has exceptions; info. */
public final class Severity {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String INFO = "info";

    private Severity() {
    }
}
