package nianbao.query.store;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * One document of the collection {@code reports} (one per reportId), and of its slim copy in {@code reportSummaries}
 * ({@link ReportSummaries}: the same fields under the same names, without {@code report}): the field names in one place
 * and typed reads of them, so no other class spells a stored field.
 */
public final class ReportDocument {

    public static final String ID = "_id";
    /** The parsed report as it came (the contract), a document. */
    public static final String REPORT = "report";
    public static final String PARSED = ReportStatus.PARSED_FIELD;
    public static final String AGENCY = "agency";
    public static final String AGENCY_KEY = "agencyKey";
    public static final String VERSION_KEY = "versionKey";
    public static final String YEAR = "year";
    public static final String TITLE = "title";
    public static final String TEMPLATE = "template";
    public static final String REGION = "region";
    public static final String FILE_NAME = "fileName";
    public static final String RECEIVED_AT = "receivedAt";
    public static final String CURRENT = "current";
    public static final String VALIDATION = "validation";
    public static final String REJECTION = "rejection";
    public static final String DEAD_LETTERS = ReportStatus.DEAD_LETTERS_FIELD;

    private final Document document;

    private ReportDocument(Document document) {
        this.document = document;
    }

    public static ReportDocument of(Document document) {
        return new ReportDocument(document);
    }

    public String id() {
        return document.get(ID) == null ? null : document.get(ID).toString();
    }

    public String agency() {
        return text(document.get(AGENCY));
    }

    public String agencyKey() {
        return text(document.get(AGENCY_KEY));
    }

    /** The agency key and year of its version group, or null. */
    public String versionKey() {
        return text(document.get(VERSION_KEY));
    }

    /** The stored document itself, for the store's own queries. */
    Document document() {
        return document;
    }

    public Integer year() {
        return document.get(YEAR) instanceof Number n ? n.intValue() : null;
    }

    public String title() {
        return text(document.get(TITLE));
    }

    public String template() {
        return text(document.get(TEMPLATE));
    }

    public Region region() {
        return Region.of(document.get(REGION) instanceof Document region ? region : null);
    }

    public String fileName() {
        return text(document.get(FILE_NAME));
    }

    public Instant receivedAt() {
        return document.get(RECEIVED_AT) instanceof Date date ? date.toInstant() : null;
    }

    public Boolean current() {
        return document.get(CURRENT) instanceof Boolean b ? b : null;
    }

    /** PASSED, WARNINGS, ERRORS, INCOMPLETE, REJECTED, PARSED or PENDING, derived from the facts held ({@link ReportStatus}). */
    public String status() {
        return ReportStatus.of(document);
    }

    /** The parsed report as it came (the contract), or null before its parse arrived. */
    public Document contract() {
        return document.get(REPORT) instanceof Document report ? report : null;
    }

    /** When the report was published: the contract's {@code publication.date}, else a {@code publishedAt} of older events. */
    public String publishedAt() {
        Document report = contract();
        if (report == null) {
            return null;
        }
        if (report.get("publication") instanceof Document publication && publication.get("date") instanceof String date) {
            return date;
        }
        if (report.get("publishedAt") instanceof String direct) {
            return direct;
        }
        return report.get("source") instanceof Document source && source.get("publishedAt") instanceof String s ? s : null;
    }

    /** The latest validation (the reports-validated event without type and reportId), or null. */
    public Document validation() {
        return document.get(VALIDATION) instanceof Document validation ? validation : null;
    }

    /** How many findings of a severity ({@code error}, {@code warning}, {@code info}) the validation counted; null without one. */
    public Integer count(String severity) {
        Document validation = validation();
        return validation != null && validation.get("counts") instanceof Document counts
                && counts.get(severity) instanceof Number n ? n.intValue() : null;
    }

    /** A figure of the validation's coverage ({@code cellsRead}, {@code cellsExpected}, ...); null without one. */
    public Integer coverage(String figure) {
        Document validation = validation();
        return validation != null && validation.get("coverage") instanceof Document coverage
                && coverage.get(figure) instanceof Number n ? n.intValue() : null;
    }

    /** Why a REJECTED report was rejected ({@link ReportStatus#rejection}), or null. */
    public Rejection rejection() {
        return Rejection.of(ReportStatus.rejection(document));
    }

    /** The dead letters recorded under the report's id, first written first. */
    public List<DeadLetter> deadLetters() {
        return ReportStatus.deadLetters(document).stream().map(DeadLetter::of).toList();
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }
}
