package nianbao.harness;

import nianbao.support.bench.ResultsFile;
import nianbao.tools.Topics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
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
 * a final status, samples each service's heap; then measures the bare pipe ({@link BarePipe}) with the same reports at
 * the same rate, and adds both figures and their ratio to bench/RESULTS.md.
 *
 * <p>Arguments (all optional): {@code --reports 20000 --rate 0 (reports/s, 0 = as fast as possible)
 * --error-share 0.1 --seed 1 --bootstrap localhost:9092 --query http://localhost:8080 --results bench/RESULTS.md
 * --timeout 900 --label text --store "what the store is" --commit "the code's commit", both for the results}.
 */
public final class LoadTest {

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int reports = options.integer("reports", 20_000);
        int rate = options.integer("rate", 0);
        String bootstrap = options.get("bootstrap", "localhost:9092");
        String query = options.get("query", "http://localhost:8080");
        long seed = Long.parseLong(options.get("seed", "1"));
        double errorShare = Double.parseDouble(options.get("error-share", "0.1"));
        Duration timeout = Duration.ofSeconds(Long.parseLong(options.get("timeout", "900")));

        HeapSampler heap = new HeapSampler(HeapSampler.localServices(query));
        Publisher.Published published;
        long lastArrival;
        Percentiles latency;
        int queryable;
        long allQueryable;
        try (ArrivalWatcher watcher = new ArrivalWatcher(bootstrap, "reports-validated")) {
            published = Publisher.publish(bootstrap, Topics.REPORT_FILES, new SyntheticReports(seed, errorShare), reports, rate);
            System.out.printf("published %d reports (%.1f MB) in %.1f s; waiting for their validation%n", reports,
                    published.bytes() / 1e6, published.seconds());
            Map<String, Long> sentAt = published.sentAt();
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            while (sentAt.keySet().stream().anyMatch(id -> watcher.arrival(id) == null) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            lastArrival = sentAt.keySet().stream().map(watcher::arrival).filter(a -> a != null).mapToLong(Long::longValue)
                    .max().orElse(published.started());
            List<Long> latencies = new ArrayList<>();
            sentAt.forEach((id, at) -> {
                Long arrival = watcher.arrival(id);
                if (arrival != null) {
                    latencies.add(arrival - at);
                }
            });
            latency = Percentiles.of(latencies);
            Set<String> pending = new HashSet<>(sentAt.keySet());
            pending.removeAll(queryable(query, pending));
            while (!pending.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
                pending.removeAll(queryable(query, pending));
            }
            allQueryable = System.currentTimeMillis();
            heap.close();
            queryable = reports - pending.size();
        }
        Pipeline pipeline = new Pipeline(published, lastArrival, allQueryable, latency, queryable, heap.maxHeapMiB());
        System.out.printf("pipeline: %.0f reports/s until all queryable; now the bare pipe with the same reports%n",
                pipeline.perSecondQueryable());
        BarePipe.Figures bare = BarePipe.run(bootstrap, new SyntheticReports(seed, errorShare), reports, rate, timeout);
        report(options, reports, rate, pipeline, bare);
        if (queryable != reports || bare.arrived() != reports) {
            System.exit(1);
        }
    }

    /** The pipeline's figures: publishing, the last validated event, all queryable, latency and heaps. */
    private record Pipeline(Publisher.Published published, long lastArrival, long allQueryable, Percentiles latency,
                            int queryable, Map<String, Long> heapMiB) {

        double secondsToValidated() {
            return Math.max(1, lastArrival - published.started()) / 1000.0;
        }

        double secondsToQueryable() {
            return Math.max(1, allQueryable - published.started()) / 1000.0;
        }

        double perSecondQueryable() {
            return queryable / secondsToQueryable();
        }
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

    private static void report(Options options, int reports, int rate, Pipeline pipeline, BarePipe.Figures bare)
            throws Exception {
        String mode = rate > 0 ? "steady " + rate + " reports/s" : "as fast as possible";
        String entry = "### " + Instant.now() + " — " + reports + " reports, " + mode
                + (options.has("label") ? " (" + options.get("label", "") + ")" : "") + "\n\n"
                + "| figure | value |\n|---|---|\n"
                + "| machine | " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + " |\n"
                + "| store | " + options.get("store", "not given") + " |\n"
                + "| commit | " + options.get("commit", "not given") + " |\n"
                + "| reports published | " + reports + " (" + String.format("%.1f", pipeline.published().bytes() / 1e6)
                + " MB, 3 layouts, " + options.get("error-share", "0.1") + " with an arithmetic error) |\n"
                + "| publishing took | " + String.format("%.1f s", pipeline.published().seconds()) + " |\n"
                + "| throughput, first publish → all queryable | " + String.format("%.0f reports/s (%.1f s)",
                pipeline.perSecondQueryable(), pipeline.secondsToQueryable()) + " |\n"
                + "| throughput, first publish → last validated event | " + String.format("%.0f reports/s (%.1f s)",
                reports / pipeline.secondsToValidated(), pipeline.secondsToValidated()) + " |\n"
                + "| latency publish → validated | " + pipeline.latency() + " |\n"
                + "| queryable with a final status | " + pipeline.queryable() + " of " + reports + " |\n"
                + "| max used heap (MiB, heaps capped at 256) | " + pipeline.heapMiB() + " |\n"
                + "| bare pipe (" + BarePipe.HOPS + " hops of consume-and-produce, no work, same broker, same reports), "
                + "first publish → all at the last hop | " + String.format("%.0f reports/s (%.1f s; publishing %.1f s), %d of %d arrived",
                bare.perSecond(), bare.seconds(), bare.published().seconds(), bare.arrived(), reports) + " |\n"
                + "| bare pipe latency publish → last hop | " + bare.latency() + " |\n"
                + "| pipeline ÷ bare pipe | throughput " + String.format("%.2f", pipeline.perSecondQueryable() / bare.perSecond())
                + " (until all queryable); p99 latency " + String.format("%.1f×", (double) pipeline.latency().p99()
                / Math.max(1, bare.latency().p99())) + " the bare pipe's |\n";
        System.out.println(entry);
        Path results = Path.of(options.get("results", "bench/RESULTS.md"));
        ResultsFile.addRun(results, "Pipeline load test", "Command: `deploy/local/loadtest.sh [reports] [rate]` against the "
                + "local stack (`deploy/local/up.sh`), which runs every service with `-Xmx256m`. It publishes synthetic reports "
                + "(real cities and counties, years 2021–2025, non-zero numbers, a share with an arithmetic error, text / "
                + "markdown / HTML layouts) onto report-files and measures until every one is validated and queryable; then, "
                + "as a baseline on the same broker, the same reports through four hops of consume-and-produce with no work.",
                entry);
        System.out.println("figures added to " + results.toAbsolutePath());
    }
}
