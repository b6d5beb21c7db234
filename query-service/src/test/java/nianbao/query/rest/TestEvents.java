package nianbao.query.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Map;
import java.util.UUID;

/** Builds reports-parsed / reports-validated events of generated reports and sends them to the in-JVM broker. */
public final class TestEvents implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaProducer<String, String> producer;

    public TestEvents(String bootstrap) {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap), new StringSerializer(), new StringSerializer());
    }

    /** A parsed report: agency, year, region, received at the given instant; set cells with {@link #cell}. */
    public static ObjectNode report(String agency, int year, String province, String city, String county, String receivedAt) {
        ObjectNode report = JSON.createObjectNode().put("reportId", UUID.randomUUID().toString()).put("agency", agency)
                .put("year", year).put("title", agency + " " + year + " 年政府信息公开工作年度报告").put("template", "2021");
        report.putObject("region").put("province", province).put("city", city).put("county", county);
        report.putObject("source").put("fileName", report.get("reportId").asText() + ".txt").put("receivedAt", receivedAt);
        return report;
    }

    /** Sets the cell at a dotted contract path (creating objects on the way); a null value is a blank cell. */
    public static ObjectNode cell(ObjectNode report, String path, Number value) {
        String[] keys = path.split("\\.");
        ObjectNode node = report;
        for (int i = 0; i < keys.length - 1; i++) {
            node = node.has(keys[i]) ? (ObjectNode) node.get(keys[i]) : node.putObject(keys[i]);
        }
        String last = keys[keys.length - 1];
        if (value == null) {
            node.putNull(last);
        } else if (value instanceof Double d) {
            node.put(last, d);
        } else {
            node.put(last, value.intValue());
        }
        return report;
    }

    public static String id(ObjectNode report) {
        return report.get("reportId").asText();
    }

    public void parsed(ObjectNode report) throws Exception {
        ObjectNode event = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-parsed.v1")
                .put("reportId", id(report)).put("occurredAt", "2026-03-01T00:00:00Z");
        event.set("report", report);
        send("reports-parsed", id(report), event.toString());
    }

    /** A validation with one finding per "ruleId:severity". */
    public void validated(ObjectNode report, String status, String... findings) throws Exception {
        ObjectNode event = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-validated.v1")
                .put("reportId", id(report)).put("occurredAt", "2026-03-01T00:00:01Z").put("agency", report.get("agency").asText())
                .put("year", report.get("year").asInt()).put("ruleSetVersion", "test").put("status", status);
        var array = event.putArray("findings");
        int errors = 0;
        int warnings = 0;
        for (String finding : findings) {
            String[] parts = finding.split(":");
            array.addObject().put("ruleId", parts[0]).put("severity", parts[1]);
            errors += parts[1].equals("error") ? 1 : 0;
            warnings += parts[1].equals("warning") ? 1 : 0;
        }
        event.putObject("counts").put("error", errors).put("warning", warnings).put("info", 0);
        send("reports-validated", id(report), event.toString());
    }

    /**
     * A validation with coverage: {@code cellsRead} of 200 cells read, {@code identitiesUnchecked} identities not
     * checked (each named as a T3-02 scope lacking one cell), no findings.
     */
    public void validatedWithCoverage(ObjectNode report, String status, int cellsRead, int identitiesUnchecked) throws Exception {
        ObjectNode event = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-validated.v1")
                .put("reportId", id(report)).put("occurredAt", "2026-03-01T00:00:01Z").put("agency", report.get("agency").asText())
                .put("year", report.get("year").asInt()).put("ruleSetVersion", "test").put("status", status);
        event.putObject("counts").put("error", 0).put("warning", 0).put("info", 0);
        ObjectNode coverage = event.putObject("coverage").put("cellsExpected", 200).put("cellsRead", cellsRead)
                .put("identitiesChecked", 63 - identitiesUnchecked).put("identitiesUnchecked", identitiesUnchecked);
        var unchecked = coverage.putArray("unchecked");
        for (int i = 0; i < identitiesUnchecked; i++) {
            unchecked.addObject().put("rule", "T3-02").put("scope", "column" + i).putArray("missing")
                    .add("applications.granted.column" + i);
        }
        event.putArray("findings");
        send("reports-validated", id(report), event.toString());
    }

    public void rejected(ObjectNode report) throws Exception {
        ObjectNode event = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("type", "reports-rejected.v1")
                .put("reportId", id(report)).put("occurredAt", "2026-03-01T00:00:02Z").put("fileName", "x.txt")
                .put("stage", "validation").put("reason", "test rejection");
        send("reports-rejected", id(report), event.toString());
    }

    public void send(String topic, String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
