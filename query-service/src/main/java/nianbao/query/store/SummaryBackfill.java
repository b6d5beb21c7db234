package nianbao.query.store;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import io.quarkus.logging.Log;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes the missing {@code reportSummaries} documents of stored reports, e.g. for a store older than summaries. */
final class SummaryBackfill {

    private static final int BATCH = 1000;
    private static final int DUPLICATE_KEY = 11000;

    private SummaryBackfill() {
    }

    static void fill(MongoCollection<Document> reports, MongoCollection<Document> summaries) {
        long reportCount = reports.countDocuments();
        if (reportCount == summaries.countDocuments()) {
            return;
        }
        long started = System.nanoTime();
        Set<Object> present = new HashSet<>();
        summaries.find().projection(Projections.include("_id")).forEach(d -> present.add(d.get("_id")));
        List<Document> batch = new ArrayList<>();
        long[] written = {0};
        reports.find().projection(Projections.include(ReportSummaries.FIELDS)).batchSize(BATCH).forEach(d -> {
            if (!present.contains(d.get("_id"))) {
                batch.add(ReportSummaries.of(d));
                if (batch.size() == BATCH) {
                    written[0] += insert(summaries, batch);
                }
            }
        });
        written[0] += insert(summaries, batch);
        Log.infof("reportSummaries: %d of %d reports summarized in %d ms", written[0], reportCount,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Inserts and clears the batch; a summary written meanwhile by the projector wins (duplicate ids are skipped). */
    private static int insert(MongoCollection<Document> summaries, List<Document> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        int size = batch.size();
        try {
            summaries.insertMany(batch, new InsertManyOptions().ordered(false));
            return size;
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            return size - e.getWriteErrors().size();
        } finally {
            batch.clear();
        }
    }
}
