package nianbao.query.store;

import org.bson.Document;

import java.util.List;
import java.util.Set;

/**
 * The slim copy of a report kept in {@code reportSummaries} for searching: every field {@code GET /reports} filters,
 * sorts on or lists, none of the tables or section text. Same field names as in {@code reports}, so the same filters
 * and sorts work on both.
 */
public final class ReportSummaries {

    /** The fields of the slim copy besides {@code _id}; a validation keeps only status, counts and finding ids. */
    public static final List<String> FIELDS = List.of("agency", "agencyKey", "versionKey", "year", "title", "template",
            "region", "fileName", "receivedAt", ReportStatus.PARSED_FIELD, "parsedAt", "current", "validation", "rejection",
            ReportStatus.DEAD_LETTERS_FIELD);
    /** The figures of a validation's {@code coverage} a search lists; the list of unchecked identities stays in {@code reports}. */
    public static final List<String> COVERAGE_FIELDS = List.of("cellsExpected", "cellsRead", "identitiesChecked", "identitiesUnchecked");
    private static final Set<String> NOT_COPIED_FROM_PARSE = Set.of("report");

    private ReportSummaries() {
    }

    /** The summary fields a parsed report owns: {@link ReportStore#parsedFields} without the contract. */
    static Document parsedFields(Document parsedFields) {
        Document slim = new Document();
        parsedFields.forEach((name, value) -> {
            if (!NOT_COPIED_FROM_PARSE.contains(name)) {
                slim.append(name, value);
            }
        });
        return slim;
    }

    /** A validation as searched: status, counts, the coverage figures and each finding's rule id and severity. */
    static Document validation(Document validation) {
        List<Document> findings = validation.getList("findings", Document.class, List.of()).stream()
                .map(f -> new Document("ruleId", f.get("ruleId")).append("severity", f.get("severity"))).toList();
        Document slim = new Document("status", validation.get("status")).append("counts", validation.get("counts"));
        if (validation.get("coverage") instanceof Document coverage) {
            Document figures = new Document();
            COVERAGE_FIELDS.forEach(field -> figures.append(field, coverage.get(field)));
            slim.append("coverage", figures);
        }
        return slim.append("findings", findings);
    }

    /** The summary of a whole read-model document (used to fill {@code reportSummaries} from {@code reports}). */
    static Document of(Document report) {
        Document slim = new Document("_id", report.get("_id"));
        for (String field : FIELDS) {
            if (report.containsKey(field)) {
                Object value = report.get(field);
                slim.append(field, field.equals("validation") && value instanceof Document v ? validation(v) : value);
            }
        }
        return slim;
    }
}
