package nianbao.query.store;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.Comparator;
import java.util.List;

/**
 * A report's status, derived from which facts the read model holds rather than stored, so events arriving in any
 * order give the same answer. REJECTED: a stage rejected the file ({@code rejection}, a {@code reports-rejected} event),
 * or a record of the report was dead-lettered ({@code deadLetters}) and the report did not complete; a report that
 * has its parse and its validation is complete, and takes the validation's status (PASSED, WARNINGS, ERRORS,
 * INCOMPLETE) whatever dead letters it also has. PARSED: parsed, not validated yet. PENDING: only a validation so far.
 */
public final class ReportStatus {

    /** Set when the parsed report is stored; kept outside the report so list queries can leave the report out. */
    public static final String PARSED_FIELD = "parsed";
    public static final String DEAD_LETTERS_FIELD = "deadLetters";
    /** The statuses of a validation, as the {@code reports-validated.v1} event gives them. */
    public static final List<String> VALIDATED = List.of("PASSED", "WARNINGS", "ERRORS", "INCOMPLETE");
    public static final List<String> ALL = List.of("REJECTED", "PASSED", "WARNINGS", "ERRORS", "INCOMPLETE", "PARSED", "PENDING");
    private static final Comparator<Document> FIRST_WRITTEN = Comparator
            .comparing((Document d) -> String.valueOf(d.get("at")))
            .thenComparing(d -> String.valueOf(d.get("topic")))
            .thenComparingLong(d -> number(d.get("partition")))
            .thenComparingLong(d -> number(d.get("offset")));

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
        if (!deadLetters(report).isEmpty()) {
            return "REJECTED";
        }
        return parsed ? "PARSED" : "PENDING";
    }

    /**
     * Why a REJECTED report was rejected: its {@code rejection}, or else, for a report rejected by dead letters, the
     * first dead letter as a rejection of stage {@code dead-letter:<topic>}; null for a report that is not REJECTED.
     */
    public static Document rejection(Document report) {
        Document rejection = report.get("rejection", Document.class);
        if (rejection != null || !"REJECTED".equals(of(report))) {
            return rejection;
        }
        Document first = deadLetters(report).get(0);
        return new Document("stage", "dead-letter:" + first.get("topic")).append("reason", first.get("reason"))
                .append("rejectedAt", first.get("at"));
    }

    /** The dead letters recorded for the report, first written first (the same order whatever order they arrived in). */
    public static List<Document> deadLetters(Document report) {
        return report.get(DEAD_LETTERS_FIELD) instanceof List<?>
                ? report.getList(DEAD_LETTERS_FIELD, Document.class).stream().sorted(FIRST_WRITTEN).toList() : List.of();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    /** The filter selecting reports of one status; {@code status} must be one of {@link #ALL}. */
    public static Bson filter(String status) {
        Bson notRejected = Filters.exists("rejection", false);
        Bson noDeadLetter = Filters.exists(DEAD_LETTERS_FIELD, false);
        return switch (status) {
            case "REJECTED" -> Filters.or(Filters.exists("rejection", true), Filters.and(Filters.exists(DEAD_LETTERS_FIELD, true),
                    Filters.or(Filters.ne(PARSED_FIELD, true), Filters.exists("validation", false))));
            case "PARSED" -> Filters.and(notRejected, noDeadLetter, Filters.eq(PARSED_FIELD, true), Filters.exists("validation", false));
            case "PENDING" -> Filters.and(notRejected, noDeadLetter, Filters.ne(PARSED_FIELD, true));
            default -> Filters.and(notRejected, Filters.eq(PARSED_FIELD, true), Filters.eq("validation.status", status));
        };
    }
}
