package nianbao.support.cli;

import nianbao.support.mongo.EmbeddedMongoServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's MongoDB-compatible store: mongo-java-server keeping its data in one H2 file, until the process
 * is stopped (SIGTERM closes the file cleanly). Usage: {@code StoreServer <h2-file> [host=127.0.0.1] [port=27017]}.
 */
public final class StoreServer {

    private StoreServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: StoreServer <h2-file> [host=127.0.0.1] [port=27017]");
            System.exit(2);
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        String host = args.length > 1 ? args[1] : "127.0.0.1";
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 27017;
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent(), e);
        }

        EmbeddedMongoServer store = EmbeddedMongoServer.inFile(file, host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            store.close();
            System.out.println("store stopped, " + file + " closed");
            stopped.countDown();
        }, "store-shutdown"));
        System.out.println("store listening on " + store.connectionString() + ", data in " + file);
        stopped.await();
    }
}
