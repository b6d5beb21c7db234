package nianbao.validation.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.kafka.client.serialization.ObjectMapperSerializer;
import nianbao.validation.rules.RuleSet;
import nianbao.validation.rules.Validation;
import nianbao.validation.rules.Validator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer's side of {@code reports-validated.v1}: the event of a report with an unread row serializes exactly to
 * the committed sample (src/test/resources/contract/reports-validated.v1.json), which consumers' tests read. The
 * serialized event is also written to target/ to update the sample after an intended change.
 */
class ValidatedEventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("src/test/resources/contract/reports-validated.v1.json");

    /** Seed 000 (中卫市商务局 2025) with its row 予以公开 not read, published on 20 January 2026. */
    static JsonNode reportWithAnUnreadRow() throws IOException {
        try (InputStream in = ValidatedEventContractTest.class.getResourceAsStream("/seeds/000_2f8ee6c9bd0fa497.json")) {
            ObjectNode report = (ObjectNode) JSON.readTree(in);
            ObjectNode granted = (ObjectNode) report.at("/applications/granted");
            List<String> columns = new ArrayList<>();
            granted.fieldNames().forEachRemaining(columns::add);
            columns.forEach(granted::putNull);
            ((ArrayNode) report.get("diagnostics")).addObject().put("code", "ROW_UNREAD")
                    .put("table", "applications").put("cell", "granted").put("message", "row 予以公开 not found among unplaced rows")
                    .put("line", 52).putNull("raw");
            report.putObject("publication").put("date", "2026-01-20").put("basis", "signature-date");
            return report;
        }
    }

    @Test
    void theEventSerializesExactlyToTheCommittedSample() throws IOException {
        JsonNode report = reportWithAnUnreadRow();
        Validation validation = new Validator(RuleSet.bundled(Map.of())).validate(report);
        ValidatedEvent event = new ValidatedEvent("5b0d7c1e-8f0a-4c53-9d8e-2a1f3b4c5d6e", ValidatedEvent.TYPE,
                report.get("reportId").asText(), "2026-01-21T08:00:00Z", report.get("agency").asText(), 2025,
                validation.ruleSetVersion(), validation.status(), validation.counts(), validation.coverage(), validation.findings());

        byte[] serialized;
        try (ObjectMapperSerializer<ValidatedEvent> serializer = new ObjectMapperSerializer<>()) {
            serialized = serializer.serialize("reports-validated", event);
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/reports-validated.v1.actual.json"), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(JSON.readTree(serialized)));

        assertThat(JSON.readTree(serialized)).isEqualTo(JSON.readTree(SAMPLE.toFile()));
        assertThat(event.status()).isEqualTo("INCOMPLETE");
    }
}
