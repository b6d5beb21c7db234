package nianbao.query.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a {@link ReportQuery} into a MongoDB filter and sort. User text only ever becomes a value: compared with
 * {@code $eq}, or quoted with {@link Pattern#quote} inside a regex, never an operator or a pattern of its own.
 */
public final class ReportFilters {

    private ReportFilters() {
    }

    public static Bson filter(ReportQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.agencyText() != null && !query.agencyText().isBlank()) {
            filters.add(Filters.regex("agency", Pattern.quote(query.agencyText().strip())));
        }
        if (query.year() != null) {
            filters.add(Filters.eq("year", query.year()));
        }
        addEq(filters, "region.province", query.province());
        addEq(filters, "region.city", query.city());
        addEq(filters, "region.county", query.county());
        if (query.region() != null && !query.region().isBlank()) {
            filters.add(inRegion(query.region().strip()));
        }
        addEq(filters, "template", query.template());
        if (query.status() != null) {
            filters.add(ReportStatus.filter(query.status()));
        }
        if (query.ruleId() != null && query.severity() != null) {
            filters.add(Filters.elemMatch("validation.findings",
                    Filters.and(Filters.eq("ruleId", query.ruleId()), Filters.eq("severity", query.severity()))));
        } else if (query.ruleId() != null) {
            filters.add(Filters.eq("validation.findings.ruleId", query.ruleId()));
        } else if (query.severity() != null) {
            filters.add(Filters.eq("validation.findings.severity", query.severity()));
        }
        if (query.currentOnly()) {
            filters.add(Filters.eq("current", true));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    /** Reports whose province, city or county is the name (exactly). */
    public static Bson inRegion(String region) {
        return Filters.or(Filters.eq("region.province", region), Filters.eq("region.city", region),
                Filters.eq("region.county", region));
    }

    public static Bson sort(List<ReportSort> keys) {
        List<Bson> sorts = new ArrayList<>();
        for (ReportSort key : keys) {
            sorts.add(key.descending() ? Sorts.descending(key.storedField()) : Sorts.ascending(key.storedField()));
        }
        sorts.add(Sorts.ascending("_id"));
        return Sorts.orderBy(sorts);
    }

    private static void addEq(List<Bson> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(Filters.eq(field, value.strip()));
        }
    }
}
