package nianbao.query.store;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;

/**
 * A report's status, derived from which facts the read model holds rather than stored, so events arriving in any
 * order give the same answer: REJECTED (a stage gave up), PASSED / WARNINGS / ERRORS (the latest validation),
 * PARSED (parsed, not validated yet), PENDING (only a validation is known so far).
 */
public final class ReportStatus {

    /** Set when the parsed report is stored; kept outside the report so list queries can leave the report out. */
    public static final String PARSED_FIELD = "parsed";
    public static final List<String> ALL = List.of("REJECTED", "PASSED", "WARNINGS", "ERRORS", "PARSED", "PENDING");

    private ReportStatus() {
    }

    public static String of(Document report) {
        if (report.containsKey("rejection")) {
            return "REJECTED";
        }
        Document validation = report.get("validation", Document.class);
        boolean parsed = Boolean.TRUE.equals(report.getBoolean(PARSED_FIELD));
        if (validation != null && parsed) {
            return validation.getString("status");
        }
        return parsed ? "PARSED" : "PENDING";
    }

    /** The filter selecting reports of one status; {@code status} must be one of {@link #ALL}. */
    public static Bson filter(String status) {
        Bson notRejected = Filters.exists("rejection", false);
        return switch (status) {
            case "REJECTED" -> Filters.exists("rejection", true);
            case "PARSED" -> Filters.and(notRejected, Filters.eq(PARSED_FIELD, true), Filters.exists("validation", false));
            case "PENDING" -> Filters.and(notRejected, Filters.ne(PARSED_FIELD, true));
            default -> Filters.and(notRejected, Filters.eq(PARSED_FIELD, true), Filters.eq("validation.status", status));
        };
    }
}
