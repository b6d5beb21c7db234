package nianbao.query.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import nianbao.query.store.ReportsCollection;
import nianbao.support.bench.ResultsFile;
import nianbao.support.kafka.EmbeddedKafkaBroker;
import nianbao.support.mongo.EmbeddedMongoServer;
import org.bson.Document;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Latency of query-service over 100,000 reports in the embedded store (mongo-java-server, memory backend): the packaged
 * service as its own process, requests one at a time over HTTP, p50 / p99 / max per endpoint, written to bench/RESULTS.md.
 */
public final class QueryBenchmark {

    private static final String INTRO = """
            From the repository root: `mvn -B -q install -DskipTests -pl query-service -am` and then
            `mvn -B -pl query-service -Pbench test-compile exec:exec` (about 3 minutes and up to 8 GiB of heap;
            leave the machine otherwise idle). It starts an in-JVM Kafka broker and an in-memory mongo-java-server, inserts the read-model documents
            of 100,000 parsed and validated reports (31 provinces × 10 cities × 5 counties, 5 years, all 207 cells filled;
            written with `ReportStore.parsedFields`, the projector's own mapping), starts the packaged query-service
            (`target/quarkus-app`, `-Xmx512m`) against them (it writes their `reportSummaries` at start-up, as for any
            store older than that collection), warms each endpoint up and then times sequential requests
            from one client. Targets: p99 under 100 ms for `GET /reports/{id}` and a filtered `GET /reports` page,
            under 1 s for `GET /stats` of one province and year. Options: `-Dbench.reports=100000`, `-Dbench.out=...`.
            """;

    private QueryBenchmark() {
    }

    /** args: output file, path of quarkus-run.jar, number of reports. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path jar = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(); EmbeddedMongoServer mongo = EmbeddedMongoServer.inMemory()) {
            long loadMillis = load(mongo.connectionString(), count);
            Service service = start(jar, kafka.bootstrapServers(), mongo.connectionString());
            try {
                awaitReady(service);
                String base = service.baseUrl();
                Random random = new Random(1);
                List<String> rows = new ArrayList<>();
                rows.add(row("GET /reports/{id}", 500, 3000, i -> "/reports/" + BenchReports.reportId(random.nextInt(count)), base, 100));
                rows.add(row("GET /reports?province=&year=&status=ERRORS&sort=-errors&size=20", 20, 200, i ->
                        "/reports?province=" + enc(BenchReports.province(random.nextInt(BenchReports.PROVINCES)))
                                + "&year=" + (BenchReports.FIRST_YEAR + random.nextInt(BenchReports.YEARS))
                                + "&status=ERRORS&sort=-errors&size=20", base, 100));
                rows.add(row("GET /stats?year=&province=&groupBy=city", 5, 60, i ->
                        "/stats?groupBy=city&province=" + enc(BenchReports.province(random.nextInt(BenchReports.PROVINCES)))
                                + "&year=" + (BenchReports.FIRST_YEAR + random.nextInt(BenchReports.YEARS)), base, 1000));
                write(out, count, loadMillis, rows);
            } finally {
                service.process().destroy();
                if (!service.process().waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    service.process().destroyForcibly();
                }
            }
        }
    }

    private static long load(String connection, int count) {
        long start = System.nanoTime();
        try (MongoClient client = MongoClients.create(connection)) {
            MongoCollection<Document> reports = new ReportsCollection(client, "nianbao-query").get();
            Random random = new Random(42);
            List<Document> batch = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                batch.add(BenchReports.document(n, random));
                if (batch.size() == 1000 || n == count - 1) {
                    reports.insertMany(batch);
                    batch.clear();
                }
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The packaged service, started as its own process. */
    private record Service(Process process, String baseUrl) {
    }

    private static Service start(Path jar, String kafka, String mongo) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = jar.getParent().getParent().resolve("bench-query-service.log");
        Process process = new ProcessBuilder("java", "-Xmx512m", "-Dquarkus.http.port=" + port,
                "-Dkafka.bootstrap.servers=" + kafka, "-Dquarkus.mongodb.connection-string=" + mongo, "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Service(process, "http://localhost:" + port);
    }

    /** Polls the readiness endpoint until it answers 200 (at most two minutes). */
    private static void awaitReady(Service service) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.process().isAlive()) {
                throw new IllegalStateException("query-service died; see target/bench-query-service.log");
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            service.process().onExit().completeOnTimeout(null, 500, java.util.concurrent.TimeUnit.MILLISECONDS).join();
        }
        throw new IllegalStateException("query-service not ready within two minutes");
    }

    private static String row(String name, int warmup, int samples, IntFunction<String> path, String base, long targetMillis)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < warmup; i++) {
            get(http, base + path.apply(i));
        }
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            String uri = base + path.apply(i);
            long t = System.nanoTime();
            get(http, uri);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        double p50 = millis(nanos[samples / 2]);
        double p99 = millis(nanos[(int) Math.ceil(samples * 0.99) - 1]);
        double max = millis(nanos[samples - 1]);
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %d | %s |", name, samples, p50, p99, max,
                targetMillis, p99 < targetMillis ? "meets" : "MISSES");
    }

    private static void get(HttpClient http, String uri) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void write(Path out, int count, long loadMillis, List<String> rows) throws Exception {
        String now = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        StringBuilder md = new StringBuilder("### ").append(now).append("\n\n");
        md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores; Java ")
                .append(System.getProperty("java.runtime.version")).append('\n');
        md.append(String.format(Locale.ROOT, "- %,d reports loaded into the memory backend in %.1f s%n%n", count, loadMillis / 1000.0));
        md.append("| request | samples | p50 ms | p99 ms | max ms | target p99 ms | |\n|---|---:|---:|---:|---:|---:|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        ResultsFile.addRun(out, "Query service (100,000 reports, HTTP)", INTRO, md.toString());
    }
}
