package nianbao.tools;

import nianbao.support.mongo.EmbeddedMongoServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's MongoDB-compatible store (mongo-java-server): either kept in one H2 file until the process is
 * stopped (SIGTERM closes the file cleanly), or in memory, several times faster and gone with the process.
 * Usage: {@code StoreServer <h2-file>|--memory [host=127.0.0.1] [port=27017]}.
 */
public final class StoreServer {

    private static final String MEMORY = "--memory";

    private StoreServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: StoreServer <h2-file>|--memory [host=127.0.0.1] [port=27017]");
            System.exit(2);
        }
        String host = args.length > 1 ? args[1] : "127.0.0.1";
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 27017;
        EmbeddedMongoServer store;
        String where;
        if (args[0].equals(MEMORY)) {
            store = EmbeddedMongoServer.inMemory(host, port);
            where = "memory (gone when this process stops)";
        } else {
            Path file = Path.of(args[0]).toAbsolutePath();
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + file.getParent(), e);
            }
            store = EmbeddedMongoServer.inFile(file, host, port);
            where = file.toString();
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            store.close();
            System.out.println("store stopped, " + where + " closed");
            stopped.countDown();
        }, "store-shutdown"));
        System.out.println("store listening on " + store.connectionString() + ", data in " + where);
        stopped.await();
    }
}
