package nianbao.ingest.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** The files ingest-service has taken in, keyed by reportId (sha256 of the bytes), in MongoDB. */
@ApplicationScoped
public class FileLog {

    private final MongoCollection<Document> files;

    public FileLog(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.files = mongo.getDatabase(database).getCollection("files");
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
