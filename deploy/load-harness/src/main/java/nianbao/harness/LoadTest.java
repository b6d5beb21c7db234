package nianbao.harness;

import nianbao.support.bench.ResultsFile;
import nianbao.tools.ReportFile;
import nianbao.tools.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The pipeline load test: publishes N synthetic reports onto report-files (as fast as possible, or at a steady
 * rate), measures publish → reports-validated latency and throughput, checks that every report is queryable with
 * a final status, samples each service's heap, and adds the figures to bench/RESULTS.md.
 *
 * <p>Arguments (all optional): {@code --reports 20000 --rate 0 (reports/s, 0 = as fast as possible)
 * --error-share 0.1 --seed 1 --bootstrap localhost:9092 --query http://localhost:8080 --results bench/RESULTS.md
 * --timeout 900 --label text --store "what the store is" --commit "the code's commit", both for the results}.
 */
public final class LoadTest {

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int reports = Integer.parseInt(options.getOrDefault("reports", "20000"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "0"));
        String bootstrap = options.getOrDefault("bootstrap", "localhost:9092");
        String query = options.getOrDefault("query", "http://localhost:8080");
        SyntheticReports supply = new SyntheticReports(Long.parseLong(options.getOrDefault("seed", "1")),
                Double.parseDouble(options.getOrDefault("error-share", "0.1")));
        Duration timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "900")));

        Map<String, Long> published = new HashMap<>();
        HeapSampler heap = new HeapSampler(metricsUrls(query));
        long started;
        long lastArrival;
        long bytes = 0;
        try (ValidatedWatcher watcher = new ValidatedWatcher(bootstrap);
             KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            started = System.currentTimeMillis();
            for (int i = 0; i < reports; i++) {
                if (rate > 0) {
                    long due = started + (long) i * 1000 / rate;
                    long wait = due - System.currentTimeMillis();
                    if (wait > 0) {
                        Thread.sleep(wait);
                    }
                }
                ReportFile file = supply.next().file();
                bytes += file.bytes().length;
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.REPORT_FILES, file.reportId(), file.bytes());
                record.headers().add("filename", file.fileName().getBytes(StandardCharsets.UTF_8));
                published.put(file.reportId(), System.currentTimeMillis());
                producer.send(record);
            }
            producer.flush();
            long publishedAt = System.currentTimeMillis();
            System.out.printf("published %d reports (%.1f MB) in %.1f s; waiting for their validation%n", reports,
                    bytes / 1e6, (publishedAt - started) / 1000.0);
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            while (published.keySet().stream().anyMatch(id -> watcher.arrival(id) == null) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            lastArrival = published.keySet().stream().map(watcher::arrival).filter(a -> a != null).mapToLong(Long::longValue).max().orElse(started);
            List<Long> latencies = new ArrayList<>();
            published.forEach((id, at) -> {
                Long arrival = watcher.arrival(id);
                if (arrival != null) {
                    latencies.add(arrival - at);
                }
            });
            Set<String> pending = new HashSet<>(published.keySet());
            pending.removeAll(queryable(query, pending));
            while (!pending.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
                pending.removeAll(queryable(query, pending));
            }
            long allQueryable = System.currentTimeMillis();
            heap.close();
            int queryable = reports - pending.size();
            report(options, reports, rate, bytes, started, publishedAt, lastArrival, allQueryable, Percentiles.of(latencies),
                    queryable, heap.maxHeapMiB());
            if (queryable != reports) {
                System.exit(1);
            }
        }
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 524_288,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 256L * 1024 * 1024),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** The reports query-service serves with a final status (PASSED, WARNINGS or ERRORS). */
    private static Set<String> queryable(String query, Iterable<String> reportIds) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Set<String> done = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (String id : reportIds) {
            futures.add(pool.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(query + "/reports/" + id)).timeout(Duration.ofSeconds(10)).build();
                String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                if (body.contains("\"status\":\"PASSED\"") || body.contains("\"status\":\"WARNINGS\"") || body.contains("\"status\":\"ERRORS\"")) {
                    done.add(id);
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return done;
    }

    private static Map<String, String> metricsUrls(String query) {
        Map<String, String> urls = new LinkedHashMap<>();
        String host = URI.create(query).getHost();
        urls.put("query-service", query + "/q/metrics");
        urls.put("ingest-service", "http://" + host + ":8081/q/metrics");
        urls.put("parser-service", "http://" + host + ":8082/q/metrics");
        urls.put("validation-service", "http://" + host + ":8083/q/metrics");
        return urls;
    }

    private static void report(Map<String, String> options, int reports, int rate, long bytes, long started, long publishedAt,
                               long lastArrival, long allQueryable, Percentiles latency, int queryable,
                               Map<String, Long> heapMiB) throws Exception {
        double seconds = Math.max(1, lastArrival - started) / 1000.0;
        double untilQueryable = Math.max(1, allQueryable - started) / 1000.0;
        String mode = rate > 0 ? "steady " + rate + " reports/s" : "as fast as possible";
        String entry = "### " + Instant.now() + " — " + reports + " reports, " + mode
                + (options.containsKey("label") ? " (" + options.get("label") + ")" : "") + "\n\n"
                + "| figure | value |\n|---|---|\n"
                + "| machine | " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + " |\n"
                + "| store | " + options.getOrDefault("store", "not given") + " |\n"
                + "| commit | " + options.getOrDefault("commit", "not given") + " |\n"
                + "| reports published | " + reports + " (" + String.format("%.1f", bytes / 1e6) + " MB, 3 layouts, "
                + options.getOrDefault("error-share", "0.1") + " with an arithmetic error) |\n"
                + "| publishing took | " + String.format("%.1f s", (publishedAt - started) / 1000.0) + " |\n"
                + "| throughput, first publish → all queryable | " + String.format("%.0f reports/s (%.1f s)", queryable / untilQueryable,
                untilQueryable) + " |\n"
                + "| throughput, first publish → last validated event | " + String.format("%.0f reports/s (%.1f s)", reports / seconds,
                seconds) + " |\n"
                + "| latency publish → validated | " + latency + " |\n"
                + "| queryable with a final status | " + queryable + " of " + reports + " |\n"
                + "| max used heap (MiB, heaps capped at 256) | " + heapMiB + " |\n";
        System.out.println(entry);
        Path results = Path.of(options.getOrDefault("results", "bench/RESULTS.md"));
        ResultsFile.addRun(results, "Pipeline load test", "Command: `deploy/local/loadtest.sh [reports] [rate]` against the "
                + "local stack (`deploy/local/up.sh`), which runs every service with `-Xmx256m`. It publishes synthetic reports "
                + "(real cities and counties, years 2021–2025, non-zero numbers, a share with an arithmetic error, text / "
                + "markdown / HTML layouts) onto report-files and measures until every one is validated and queryable.", entry);
        System.out.println("figures added to " + results.toAbsolutePath());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
