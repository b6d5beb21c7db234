package nianbao.ingest.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The files ingest-service has taken in, keyed by reportId (sha256 of the bytes), in MongoDB. */
@ApplicationScoped
public class FileLog {

    private final MongoCollection<Document> files;

    public FileLog(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.files = mongo.getDatabase(database).getCollection("files");
    }

    /** The records of those reportIds that are known, by reportId: one query. */
    public Map<String, FileRecord> findAll(Collection<String> reportIds) {
        Map<String, FileRecord> found = new HashMap<>();
        if (!reportIds.isEmpty()) {
            files.find(Filters.in("_id", Set.copyOf(reportIds))).forEach(d -> found.put(d.getString("_id"), toRecord(d)));
        }
        return found;
    }

    /**
     * Records the files (distinct reportIds) in one unordered bulk insert. Returns the reportIds whose record was there
     * already, each with the record that is there (another copy won, or an earlier attempt of this very batch).
     *
     * @throws com.mongodb.MongoBulkWriteException when the store refused a record for another reason than its key
     */
    public Map<String, FileRecord> recordAll(List<FileRecord> records) {
        if (records.isEmpty()) {
            return Map.of();
        }
        List<String> existing = new ArrayList<>();
        try {
            files.insertMany(records.stream().map(FileLog::toDocument).toList(), new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                existing.add(records.get(error.getIndex()).reportId());
            }
        }
        return findAll(existing);
    }

    public Optional<FileRecord> find(String reportId) {
        return Optional.ofNullable(files.find(Filters.eq("_id", reportId)).first()).map(FileLog::toRecord);
    }

    /**
     * Records a file once. Returns false when a record for the same bytes already exists (another copy won).
     */
    public boolean recordOnce(FileRecord file) {
        try {
            files.insertOne(toDocument(file));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private static Document toDocument(FileRecord file) {
        return new Document("_id", file.reportId())
                .append("fileName", file.fileName())
                .append("mediaType", file.mediaType())
                .append("sizeBytes", file.sizeBytes())
                .append("receivedAt", file.receivedAt())
                .append("status", file.status())
                .append("reason", file.reason())
                .append("sourcePosition", file.sourcePosition());
    }

    private static FileRecord toRecord(Document d) {
        Number size = d.get("sizeBytes", Number.class);
        return new FileRecord(d.getString("_id"), d.getString("fileName"), d.getString("mediaType"),
                size == null ? 0 : size.longValue(), d.getString("receivedAt"), d.getString("status"),
                d.getString("reason"), d.getString("sourcePosition"));
    }
}
