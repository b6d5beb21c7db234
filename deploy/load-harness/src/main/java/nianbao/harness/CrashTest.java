package nianbao.harness;

import nianbao.support.bench.ResultsFile;
import nianbao.tools.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One crash run: publishes N reports, runs the kill command halfway (a SIGKILL of one component), then the restart
 * command, and checks that every report ends in query-service exactly once with the right status: ERRORS when an
 * identity was broken on purpose, and no error otherwise. Adds the run to bench/RESULTS.md when given
 * {@code --results}. Exit 0 only when all N are right.
 *
 * <p>Arguments: {@code --reports 500 --kill "<shell>" --restart "<shell>" --component name --bootstrap localhost:9092
 * --query http://localhost:8080 --timeout 300 --seed 7 --results bench/RESULTS.md --commit abc1234}.
 */
public final class CrashTest {

    private CrashTest() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int reports = options.integer("reports", 500);
        ReadModel readModel = new ReadModel(options.get("query", "http://localhost:8080"));
        long totalBefore = readModel.total();
        SyntheticReports supply = new SyntheticReports(Long.parseLong(options.get("seed", "7")), 0.2);
        Map<String, Boolean> broken = new LinkedHashMap<>();
        Thread restart = new Thread(() -> {
            try {
                Thread.sleep(2_000);
                Shell.run(options.get("restart", null));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "restart");
        long started = System.currentTimeMillis();
        try (KafkaProducer<String, byte[]> producer = producer(options.get("bootstrap", "localhost:9092"))) {
            for (int i = 0; i < reports; i++) {
                if (i == reports / 2) {
                    producer.flush();
                    Shell.run(options.get("kill", null));
                    // the restart runs while publishing goes on: with the broker down, sends wait for it to return
                    restart.start();
                }
                SyntheticReports.Synthetic next = supply.next();
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.REPORT_FILES, next.file().reportId(), next.file().bytes());
                record.headers().add("filename", next.file().fileName().getBytes(StandardCharsets.UTF_8));
                producer.send(record);
                broken.put(next.file().reportId(), next.broken());
                if (i % 50 == 0) {
                    Thread.sleep(100);
                }
            }
            producer.flush();
        }
        restart.join();
        Duration timeout = Duration.ofSeconds(Long.parseLong(options.get("timeout", "300")));
        Map<String, ReadModel.Outcome> outcomes = readModel.awaitRight(broken, timeout);
        long allRight = System.currentTimeMillis();
        long wrong = outcomes.values().stream().filter(o -> !o.right()).count();
        long added = readModel.total() - totalBefore;
        System.out.printf("%d of %d reports right; %d read-model entries added (expected %d)%n", reports - wrong,
                reports, added, reports);
        outcomes.entrySet().stream().filter(e -> !e.getValue().right()).limit(10)
                .forEach(e -> System.out.println("  " + e.getKey() + ": " + e.getValue().wrong()));
        boolean passed = wrong == 0 && added == reports;
        if (options.has("results")) {
            record(options, reports, reports - wrong, added, (allRight - started) / 1000.0, passed);
        }
        System.exit(passed ? 0 : 1);
    }

    private static void record(Options options, int reports, long right, long added, double seconds, boolean passed)
            throws Exception {
        String entry = "### " + Instant.now() + " — SIGKILL of " + options.get("component", "a component") + " halfway through "
                + reports + " reports: " + (passed ? "passed" : "FAILED") + "\n\n"
                + "| figure | value |\n|---|---|\n"
                + "| commit | " + options.get("commit", "not given") + " |\n"
                + "| right (final status, errors exactly where broken on purpose) | " + right + " of " + reports + " |\n"
                + "| read-model entries added (exactly once: " + reports + ") | " + added + " |\n"
                + "| first publish → all right | " + String.format("%.1f s", seconds) + " |\n";
        ResultsFile.addRun(Path.of(options.get("results", "bench/RESULTS.md")), "Crash test", "Command: "
                + "`deploy/local/crashtest.sh [components]` against the local stack (`deploy/local/up.sh`, the file-backed store): "
                + "for each component, 500 reports published, that component killed with SIGKILL halfway and restarted, "
                + "and every report checked in query-service.", entry);
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES), new StringSerializer(), new ByteArraySerializer());
    }
}
