package nianbao.query.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reports for the dashboard's browser test: the parsed seeds of samples/ (validation-service's committed copies), each
 * under a fresh reportId, published as reports-parsed and reports-validated events onto the in-JVM broker.
 */
final class DashboardReports implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEEDS = Path.of("../validation-service/src/test/resources/seeds");
    private final KafkaProducer<String, String> producer;

    DashboardReports(String bootstrap) {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap), new StringSerializer(), new StringSerializer());
    }

    /** A seed (e.g. {@code 000_2f8ee6c9bd0fa497}) as parsed, with a new reportId, its file name and received now. */
    static ObjectNode seed(String name) throws IOException {
        ObjectNode report = (ObjectNode) JSON.readTree(SEEDS.resolve(name + ".json").toFile());
        report.put("reportId", UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""));
        ((ObjectNode) report.get("source")).put("fileName", name + ".txt").put("receivedAt", Instant.now().toString());
        return report;
    }

    static String id(ObjectNode report) {
        return report.get("reportId").asText();
    }

    /** Sets the cell at a contract path. */
    static void cell(ObjectNode report, String path, int value) {
        String[] keys = path.split("\\.");
        ObjectNode node = report;
        for (int i = 0; i < keys.length - 1; i++) {
            node = (ObjectNode) node.get(keys[i]);
        }
        node.put(keys[keys.length - 1], value);
    }

    /** Marks a cell unread (null, listed in reading.unread) as the parser does when it cannot tell what is printed. */
    static void unread(ObjectNode report, String path) {
        String[] keys = path.split("\\.");
        ObjectNode node = report;
        for (int i = 0; i < keys.length - 1; i++) {
            node = (ObjectNode) node.get(keys[i]);
        }
        node.putNull(keys[keys.length - 1]);
        ObjectNode reading = report.has("reading") && report.get("reading").isObject() ? (ObjectNode) report.get("reading")
                : report.putObject("reading").put("cellsExpected", 200).put("cellsRead", 200);
        reading.put("cellsRead", reading.get("cellsRead").asInt() - 1);
        (reading.has("unread") ? (ArrayNode) reading.get("unread") : reading.putArray("unread")).add(path);
    }

    void parsed(ObjectNode report) throws Exception {
        ObjectNode event = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-parsed.v1")
                .put("reportId", id(report)).put("occurredAt", Instant.now().toString());
        event.set("report", report);
        send("reports-parsed", id(report), event);
    }

    /** A validation as validation-service writes it: status, counts from the findings, coverage, findings. */
    void validated(ObjectNode report, String status, int cellsRead, List<Finding> findings) throws Exception {
        ObjectNode event = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-validated.v1")
                .put("reportId", id(report)).put("occurredAt", Instant.now().toString()).put("agency", report.get("agency").asText())
                .put("year", report.get("year").asInt()).put("ruleSetVersion", "2026.12-1").put("status", status);
        event.putObject("counts").put("error", (int) findings.stream().filter(f -> f.severity().equals("error")).count())
                .put("warning", (int) findings.stream().filter(f -> f.severity().equals("warning")).count()).put("info", 0);
        event.putObject("coverage").put("cellsExpected", 200).put("cellsRead", cellsRead).put("identitiesChecked", 44)
                .put("identitiesUnchecked", 0).putArray("unchecked");
        ArrayNode array = event.putArray("findings");
        for (Finding f : findings) {
            ObjectNode finding = array.addObject().put("ruleId", f.ruleId()).put("severity", f.severity()).put("expected", f.expected())
                    .put("actual", f.actual()).put("message", f.message());
            f.cells().forEach(finding.putArray("cells")::add);
        }
        send("reports-validated", id(report), event);
    }

    /** One finding of a validation. */
    record Finding(String ruleId, String severity, List<String> cells, int expected, int actual, String message) {
    }

    private void send(String topic, String key, ObjectNode value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, JSON.writeValueAsString(value))).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
