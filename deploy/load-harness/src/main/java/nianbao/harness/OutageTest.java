package nianbao.harness;

import nianbao.support.bench.ResultsFile;
import nianbao.tools.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The store outage test: publishes N reports at a steady rate, stops the store halfway (the stop command), starts it
 * again after the outage (the start command) while publishing goes on, and checks that every report ends in
 * query-service exactly once and right, none REJECTED, nothing dead-lettered, and no service restarted (the services'
 * PIDs in the run directory are the same before and after). Adds the run to bench/RESULTS.md. Exit 0 only if all hold.
 *
 * <p>Arguments: {@code --reports 2000 --rate 25 --outage 30 (seconds) --stop "<shell>" --start "<shell>"
 * --run-dir deploy/local/run --bootstrap localhost:9092 --query http://localhost:8080 --timeout 600 --seed 21
 * --results bench/RESULTS.md --store "what the store is" --commit abc1234}.
 */
public final class OutageTest {

    private static final List<String> SERVICES = List.of("query-service", "ingest-service", "parser-service", "validation-service");

    private OutageTest() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int reports = options.integer("reports", 2_000);
        int rate = options.integer("rate", 25);
        Duration outage = Duration.ofSeconds(options.integer("outage", 30));
        String bootstrap = options.get("bootstrap", "localhost:9092");
        String query = options.get("query", "http://localhost:8080");
        Path runDir = Path.of(options.get("run-dir", "deploy/local/run"));
        ReadModel readModel = new ReadModel(query);

        long totalBefore = readModel.total();
        long deadLettersBefore = deadLetters(bootstrap);
        Map<String, String> pidsBefore = servicePids(runDir);
        HeapSampler heap = new HeapSampler(HeapSampler.localServices(query));
        SyntheticReports supply = new SyntheticReports(Long.parseLong(options.get("seed", "21")), 0.2);
        Map<String, Boolean> broken = new LinkedHashMap<>();
        long[] outageWindow = new long[2];
        Thread restart = new Thread(() -> {
            try {
                Thread.sleep(Math.max(0, outageWindow[0] + outage.toMillis() - System.currentTimeMillis()));
                Shell.run(options.get("start", null));
                outageWindow[1] = System.currentTimeMillis();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "store-start");

        long started = System.currentTimeMillis();
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            for (int i = 0; i < reports; i++) {
                long wait = started + (long) i * 1000 / rate - System.currentTimeMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                if (i == reports / 2) {
                    producer.flush();
                    System.out.printf("%d reports published: stopping the store for %d s%n", i, outage.toSeconds());
                    outageWindow[0] = System.currentTimeMillis();
                    Shell.run(options.get("stop", null));
                    restart.start();
                }
                SyntheticReports.Synthetic next = supply.next();
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.REPORT_FILES, next.file().reportId(),
                        next.file().bytes());
                record.headers().add("filename", next.file().fileName().getBytes(StandardCharsets.UTF_8));
                producer.send(record);
                broken.put(next.file().reportId(), next.broken());
            }
            producer.flush();
        }
        restart.join();
        System.out.printf("all %d published; the store is back since %.1f s after it was stopped; waiting for the reports%n",
                reports, (outageWindow[1] - outageWindow[0]) / 1000.0);

        Duration timeout = Duration.ofSeconds(options.integer("timeout", 600));
        readModel.awaitRight(broken, timeout);
        long allRight = System.currentTimeMillis();
        heap.close();
        // once more for every report, after the pipeline had time to settle: a report right once must stay right
        Thread.sleep(5_000);
        Map<String, ReadModel.Outcome> outcomes = readModel.outcomes(broken.keySet(), broken);
        Figures figures = new Figures(reports,
                outcomes.values().stream().filter(ReadModel.Outcome::right).count(),
                outcomes.values().stream().filter(o -> o.status().equals("REJECTED")).count(),
                outcomes.values().stream().filter(o -> o.status().equals(ReadModel.ABSENT)).count(),
                readModel.total() - totalBefore, deadLetters(bootstrap) - deadLettersBefore,
                restarted(pidsBefore, servicePids(runDir)), (outageWindow[1] - outageWindow[0]) / 1000.0,
                (allRight - started) / 1000.0, (allRight - outageWindow[1]) / 1000.0, heap.maxHeapMiB());
        outcomes.entrySet().stream().filter(e -> !e.getValue().right()).limit(10)
                .forEach(e -> System.out.println("  " + e.getKey() + ": " + e.getValue().wrong()));
        String entry = figures.entry(options, rate, outage);
        System.out.println(entry);
        ResultsFile.addRun(Path.of(options.get("results", "bench/RESULTS.md")), "Store outage test", "Command: "
                + "`deploy/local/outagetest.sh [reports] [outage seconds]` against the local stack (`deploy/local/up.sh`, the "
                + "file-backed store): reports published at a steady rate, the store stopped halfway and started again after the "
                + "outage while publishing goes on, no service touched; every report checked in query-service, the dead-letter "
                + "topics and reports-rejected counted.", entry);
        System.exit(figures.passed() ? 0 : 1);
    }

    /** What the outage test found. */
    private record Figures(int reports, long right, long rejected, long absent, long added, long deadLetters,
                           List<String> restarted, double outageSeconds, double untilAllRight, double afterStoreBack,
                           Map<String, Long> heapMiB) {

        boolean passed() {
            return right == reports && rejected == 0 && absent == 0 && added == reports && deadLetters == 0
                    && restarted.isEmpty();
        }

        String entry(Options options, int rate, Duration outage) {
            return "### " + Instant.now() + " — " + reports + " reports at " + rate + "/s, the store stopped for "
                    + outage.toSeconds() + " s halfway: " + (passed() ? "passed" : "FAILED") + "\n\n"
                    + "| figure | value |\n|---|---|\n"
                    + "| store | " + options.get("store", "not given") + " |\n"
                    + "| commit | " + options.get("commit", "not given") + " |\n"
                    + "| right (final status, errors exactly where broken on purpose) | " + right + " of " + reports + " |\n"
                    + "| REJECTED | " + rejected + " |\n"
                    + "| not in query-service | " + absent + " |\n"
                    + "| read-model entries added (exactly once: " + reports + ") | " + added + " |\n"
                    + "| records added to reports-rejected and the dead-letter topics | " + deadLetters + " |\n"
                    + "| services restarted (by anyone) | " + (restarted.isEmpty() ? "none" : String.join(", ", restarted)) + " |\n"
                    + "| store down (stop → started again) | " + String.format("%.1f s", outageSeconds) + " |\n"
                    + "| first publish → all right | " + String.format("%.1f s", untilAllRight) + " |\n"
                    + "| store back → all right | " + String.format("%.1f s", afterStoreBack) + " |\n"
                    + "| max used heap (MiB, heaps capped at 256) | " + heapMiB + " |\n";
        }
    }

    /** The records on reports-rejected and every dead-letter topic: the sum of their partitions' end offsets. */
    private static long deadLetters(String bootstrap) throws Exception {
        List<String> topics = Stream.concat(Stream.of("reports-rejected"), Topics.ALL.stream().filter(t -> t.endsWith("-dlq")))
                .toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS)
                    .values().stream().flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(info -> info.offset()).sum();
        }
    }

    /** Each service's PID as its pid file in the run directory names it (empty when the file is missing). */
    private static Map<String, String> servicePids(Path runDir) throws IOException {
        Map<String, String> pids = new TreeMap<>();
        for (String service : SERVICES) {
            Path file = runDir.resolve(service + ".pid");
            pids.put(service, Files.exists(file) ? Files.readString(file).strip() : "");
        }
        return pids;
    }

    private static List<String> restarted(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(s -> before.get(s).isEmpty() || !before.get(s).equals(after.get(s))).toList();
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES), new StringSerializer(), new ByteArraySerializer());
    }
}
