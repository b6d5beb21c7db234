package nianbao.support.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * A fresh in-memory store and a driver client of it for each test:
 * {@code @RegisterExtension final InMemoryStore store = new InMemoryStore();} then {@code store.client()}. A test can
 * take the store away ({@link #stop()}) and bring it back, empty, on the same port ({@link #restart()}): an outage.
 * The client gives up on finding the server after two seconds, so a call during an outage fails soon and is retried
 * by the code under test.
 */
public final class InMemoryStore implements BeforeEachCallback, AfterEachCallback {

    private EmbeddedMongoServer server;
    private MongoClient client;
    private int port;

    @Override
    public void beforeEach(ExtensionContext context) {
        server = EmbeddedMongoServer.inMemory();
        port = URI.create(server.connectionString()).getPort();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.connectionString()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2, TimeUnit.SECONDS)).build());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        client.close();
        server.close();
    }

    /** The client of this test's store. */
    public MongoClient client() {
        return client;
    }

    /** The store goes away; the client's calls fail until {@link #restart()}. */
    public void stop() {
        server.close();
    }

    /** A new, empty store on the same port. */
    public void restart() {
        server = EmbeddedMongoServer.inMemory("127.0.0.1", port);
    }
}
