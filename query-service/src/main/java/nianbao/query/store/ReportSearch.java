package nianbao.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Searches over the slim {@code reportSummaries} (every field a search filters, sorts or lists on, none of the tables),
 * so that the embedded store, which has no secondary indexes and scans every document, copies small documents
 * through its pipeline instead of whole reports (207 cells and the section text each). Full documents are fetched by
 * _id (an index lookup on any store), only for the exports.
 */
@ApplicationScoped
public class ReportSearch {

    private static final int FETCH_BATCH = 200;
    private static final Bson EXPORT_PROJECTION = Projections.exclude("validation.findings");
    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> summaries;

    public ReportSearch(ReportsCollection collection) {
        this.reports = collection.get();
        this.summaries = collection.summaries();
    }

    /**
     * One page of the summaries matching the query (in its order), and how many match in all: one {@code $match} with
     * a {@code $facet} for the count and the page, so the embedded store scans the summaries once (a count and a find
     * would scan them twice).
     */
    public Page search(ReportQuery query) {
        List<Bson> pageStages = List.of(Aggregates.sort(ReportFilters.sort(query.sort())),
                Aggregates.skip(query.page() * query.size()), Aggregates.limit(query.size()),
                Aggregates.project(Projections.exclude("validation.findings")));
        Document result = summaries.aggregate(List.of(Aggregates.match(ReportFilters.filter(query)),
                Aggregates.facet(new Facet("total", Aggregates.count("n")), new Facet("items", pageStages)))).first();
        List<Document> total = result == null ? List.of() : result.getList("total", Document.class, List.of());
        List<Document> items = result == null ? List.of() : result.getList("items", Document.class, List.of());
        return new Page(items, total.isEmpty() ? 0 : ((Number) total.get(0).get("n")).longValue());
    }

    /**
     * Every report matching the query (page and size ignored), with its contract, in the query's order: the ids from
     * the summaries, then the full documents by _id, {@value #FETCH_BATCH} at a time.
     */
    public void forEachMatching(ReportQuery query, Consumer<Document> action) {
        List<Object> batch = new ArrayList<>(FETCH_BATCH);
        for (Document id : summaries.find(ReportFilters.filter(query)).projection(Projections.include("_id"))
                .sort(ReportFilters.sort(query.sort())).batchSize(1000)) {
            batch.add(id.get("_id"));
            if (batch.size() == FETCH_BATCH) {
                fetch(batch, action);
            }
        }
        fetch(batch, action);
    }

    /** All parsed versions of the report's agency and year, newest first; just the report itself when it has none. */
    public List<Document> versionsOf(ReportDocument report) {
        String versionKey = report.versionKey();
        if (versionKey == null) {
            return List.of(report.document());
        }
        return summaries.find(Filters.and(Filters.eq("versionKey", versionKey), Filters.eq(ReportStatus.PARSED_FIELD, true)))
                .projection(Projections.exclude("validation.findings"))
                .sort(Sorts.orderBy(Sorts.descending("receivedAt"), Sorts.descending("_id")))
                .into(new ArrayList<>());
    }

    /** Fetches the batch's documents by _id (an index lookup on any store), hands them on in the batch's order, clears it. */
    private void fetch(List<Object> ids, Consumer<Document> action) {
        if (ids.isEmpty()) {
            return;
        }
        Map<Object, Document> byId = reports.find(Filters.in("_id", ids)).projection(EXPORT_PROJECTION).into(new ArrayList<>())
                .stream().collect(Collectors.toMap(d -> d.get("_id"), Function.identity()));
        ids.stream().map(byId::get).filter(d -> d != null).forEach(action);
        ids.clear();
    }

    /** A page of summaries and the total number matching. */
    public record Page(List<Document> items, long total) {
    }
}
