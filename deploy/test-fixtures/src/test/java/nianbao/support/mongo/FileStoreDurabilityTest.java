package nianbao.support.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The file-backed store keeps what it acknowledged when its process dies at once (a SIGKILL, no shutdown). */
class FileStoreDurabilityTest {

    @TempDir
    Path dir;

    @Test
    void whatTheFileHoldsTheMomentAWriteIsAcknowledgedHasTheWrite() throws Exception {
        Path file = dir.resolve("store.h2");
        Path leftBehind = dir.resolve("killed.h2");
        try (EmbeddedMongoServer store = EmbeddedMongoServer.inFile(file, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> reports = client.getDatabase("nianbao").getCollection("reports");
            reports.insertOne(new Document("_id", "r1").append("status", "PASSED"));
            reports.updateOne(Filters.eq("_id", "r1"), new Document("$set", new Document("status", "ERRORS")));
            // the file as a process killed right after the acknowledgement leaves it: no close, no later write
            Files.copy(file, leftBehind);
        }

        try (EmbeddedMongoServer restarted = EmbeddedMongoServer.inFile(leftBehind, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(restarted.connectionString())) {
            Document report = client.getDatabase("nianbao").getCollection("reports").find(Filters.eq("_id", "r1")).first();
            assertThat(report).isNotNull();
            assertThat(report.getString("status")).isEqualTo("ERRORS");
        }
    }
}
