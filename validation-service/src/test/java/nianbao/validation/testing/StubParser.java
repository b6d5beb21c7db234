package nianbao.validation.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for parser-service's {@code POST /parse}, chosen by {@code fileName}: {@code hold.txt} waits until
 * {@code GET /release} ({@code GET /waiting} says how many wait), {@code fail.txt} answers 500 with an exception's text
 * and an internal address, {@code refused.txt} 400; anything else the parser's committed sample report.
 */
public class StubParser implements QuarkusTestResourceLifecycleManager {

    private static final Path SAMPLE = Path.of("../parser-service/src/test/resources/contract/reports-parsed.v1.json");
    private HttpServer server;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicReference<CountDownLatch> release = new AtomicReference<>(new CountDownLatch(1));

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/parse", this::parse);
        server.createContext("/waiting", exchange -> answer(exchange, 200, String.valueOf(waiting.get())));
        server.createContext("/release", exchange -> {
            release.getAndSet(new CountDownLatch(1)).countDown();
            answer(exchange, 200, "released");
        });
        server.start();
        return Map.of("nianbao.validation.parser-url", "http://localhost:" + server.getAddress().getPort());
    }

    private void parse(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String query = String.valueOf(exchange.getRequestURI().getQuery());
        if (query.contains("fileName=fail.txt")) {
            answer(exchange, 500, "java.lang.OutOfMemoryError: Java heap space at http://parser-internal.nianbao:8082/parse");
            return;
        }
        if (query.contains("fileName=refused.txt")) {
            answer(exchange, 400, "{\"error\":\"not an annual report\"}");
            return;
        }
        if (query.contains("fileName=hold.txt")) {
            waiting.incrementAndGet();
            try {
                release.get().await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                waiting.decrementAndGet();
            }
        }
        String event = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        String report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(event).get("report").toString();
        answer(exchange, 200, report);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            release.get().countDown();
            server.stop(0);
        }
    }
}
