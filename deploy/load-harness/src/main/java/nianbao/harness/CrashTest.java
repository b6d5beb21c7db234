package nianbao.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One crash run: publishes N reports, runs the kill command halfway (a SIGKILL of one component), then the restart
 * command, and checks that every report ends in query-service exactly once with the right status: ERRORS when an
 * identity was broken on purpose, and no error otherwise. Exit 0 only when all N are right.
 *
 * <p>Arguments: {@code --reports 500 --kill "<shell>" --restart "<shell>" --bootstrap localhost:9092
 * --query http://localhost:8080 --timeout 300 --seed 7}.
 */
public final class CrashTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FINAL = List.of("PASSED", "WARNINGS", "INCOMPLETE", "ERRORS");

    private CrashTest() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int reports = Integer.parseInt(options.getOrDefault("reports", "500"));
        String query = options.getOrDefault("query", "http://localhost:8080");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long totalBefore = total(http, query);
        SyntheticReports supply = new SyntheticReports(Long.parseLong(options.getOrDefault("seed", "7")), 0.2);
        Map<String, Boolean> broken = new LinkedHashMap<>();
        Thread restart = new Thread(() -> {
            try {
                Thread.sleep(2_000);
                shell(options.get("restart"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "restart");
        try (KafkaProducer<String, byte[]> producer = producer(options.getOrDefault("bootstrap", "localhost:9092"))) {
            for (int i = 0; i < reports; i++) {
                if (i == reports / 2) {
                    producer.flush();
                    shell(options.get("kill"));
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
        long deadline = System.currentTimeMillis() + Long.parseLong(options.getOrDefault("timeout", "300")) * 1000;
        Map<String, String> wrong = check(http, query, broken);
        while (!wrong.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(2_000);
            wrong = check(http, query, broken);
        }
        long added = total(http, query) - totalBefore;
        System.out.printf("%d of %d reports right; %d read-model entries added (expected %d)%n", reports - wrong.size(),
                reports, added, reports);
        wrong.entrySet().stream().limit(10).forEach(e -> System.out.println("  " + e.getKey() + ": " + e.getValue()));
        System.exit(wrong.isEmpty() && added == reports ? 0 : 1);
    }

    /** The reports not (yet) right, with what is wrong with each. */
    private static Map<String, String> check(HttpClient http, String query, Map<String, Boolean> broken) throws Exception {
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Map.Entry<String, Boolean> report : broken.entrySet()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(query + "/reports/" + report.getKey()))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                wrong.put(report.getKey(), "not in query-service (" + response.statusCode() + ")");
                continue;
            }
            JsonNode body = JSON.readTree(response.body());
            String status = body.path("status").asText();
            int errors = body.at("/validation/counts/error").asInt(0);
            if (!FINAL.contains(status)) {
                wrong.put(report.getKey(), "status " + status);
            } else if (report.getValue() != errors > 0) {
                wrong.put(report.getKey(), "status " + status + " with " + errors + " errors, but broken=" + report.getValue());
            }
        }
        return wrong;
    }

    private static long total(HttpClient http, String query) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(query + "/reports?size=1")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return JSON.readTree(body).path("total").asLong();
    }

    private static void shell(String command) throws Exception {
        if (command == null || command.isBlank()) {
            return;
        }
        System.out.println("$ " + command);
        int exit = new ProcessBuilder("bash", "-c", command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("command failed (exit " + exit + "): " + command);
        }
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES), new StringSerializer(), new ByteArraySerializer());
    }
}
