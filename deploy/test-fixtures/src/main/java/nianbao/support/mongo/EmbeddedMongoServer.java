package nianbao.support.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * A MongoDB-compatible server (mongo-java-server) speaking the wire protocol, so the services use the real
 * MongoDB Java driver against it. In memory for tests; in an H2 file for the local stack, so data survives a restart.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /** An in-memory store on a free loopback port. */
    public static EmbeddedMongoServer inMemory() {
        return inMemory("127.0.0.1", 0);
    }

    /** An in-memory store on the given host and port (0 = any free port): gone when the process ends. */
    public static EmbeddedMongoServer inMemory(String host, int port) {
        return start(new MemoryBackend(), host, port);
    }

    /**
     * A store kept in one H2 file, on the given host and port (0 = any free port); every change is in the file before
     * it is acknowledged, so a killed store loses nothing it acknowledged.
     */
    public static EmbeddedMongoServer inFile(Path file, String host, int port) {
        return start(new CommittingH2Backend(file.toAbsolutePath().toString()), host, port);
    }

    private static EmbeddedMongoServer start(MongoBackend backend, String host, int port) {
        MongoServer server = new MongoServer(backend);
        server.bind(host, port);
        InetSocketAddress address = server.getLocalAddress();
        return new EmbeddedMongoServer(server, address);
    }

    /** The connection string for the MongoDB Java driver. */
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
