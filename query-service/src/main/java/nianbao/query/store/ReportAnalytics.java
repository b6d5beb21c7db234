package nianbao.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads across reports for agencies, timelines, statistics and coverage. Everything counts parsed, not rejected
 * reports; statistics and timelines only their current version (the latest file per agency and year).
 */
@ApplicationScoped
public class ReportAnalytics {

    private static final Bson LIVE = Filters.and(Filters.eq(ReportStatus.PARSED_FIELD, true), Filters.exists("rejection", false));
    private static final Bson CURRENT = Filters.and(LIVE, Filters.eq("current", true));
    private static final Bson SUMMARY_FIELDS = Projections.include("agency", "agencyKey", "year", "region", "receivedAt",
            "validation.status", "validation.counts");
    private static final Bson TABLE_FIELDS = Projections.include("agency", "agencyKey", "year", "region", "parsed", "validation.status",
            "validation.counts", "report.activeDisclosure", "report.applications", "report.reviewsAndLawsuits",
            "report.source", "report.publishedAt", "report.publication");
    private final MongoCollection<Document> reports;

    public ReportAnalytics(ReportsCollection collection) {
        this.reports = collection.get();
    }

    /** Current reports whose agency name contains the text (literally), or all when the text is blank. */
    public List<ReportDocument> agencyReports(String text) {
        Bson filter = text == null || text.isBlank() ? CURRENT
                : Filters.and(CURRENT, Filters.regex(ReportDocument.AGENCY, Pattern.quote(text.strip())));
        return typed(reports.find(filter).projection(SUMMARY_FIELDS));
    }

    /** The current reports of one agency (by its normalized key), with their tables. */
    public List<ReportDocument> timeline(String agencyKey) {
        return typed(reports.find(Filters.and(CURRENT, Filters.eq(ReportDocument.AGENCY_KEY, agencyKey))).projection(TABLE_FIELDS));
    }

    /**
     * The current reports of one year in a region (each name optional, matched exactly; {@code region} matches a
     * province, city or county of that name), with their tables.
     */
    public List<ReportDocument> reportsOfYear(int year, String province, String city, String county, String region) {
        List<Bson> filters = new ArrayList<>(List.of(CURRENT, Filters.eq(ReportDocument.YEAR, year)));
        addEq(filters, "region.province", province);
        addEq(filters, "region.city", city);
        addEq(filters, "region.county", county);
        if (region != null && !region.isBlank()) {
            filters.add(ReportFilters.inRegion(region.strip()));
        }
        return typed(reports.find(Filters.and(filters)).projection(TABLE_FIELDS));
    }

    /** Every current report of any year whose province, city or county is the given name, without tables. */
    public List<ReportDocument> inRegion(String region) {
        return typed(reports.find(Filters.and(CURRENT, ReportFilters.inRegion(region))).projection(Projections.include(
                ReportDocument.AGENCY, ReportDocument.AGENCY_KEY, ReportDocument.YEAR, ReportDocument.REGION,
                "report.source", "report.publishedAt", "report.publication")));
    }

    private static List<ReportDocument> typed(Iterable<Document> found) {
        List<ReportDocument> typed = new ArrayList<>();
        found.forEach(d -> typed.add(ReportDocument.of(d)));
        return typed;
    }

    private static void addEq(List<Bson> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(Filters.eq(field, value.strip()));
        }
    }
}
