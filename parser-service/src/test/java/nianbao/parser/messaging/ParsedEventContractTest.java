package nianbao.parser.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.model.SourceInfo;
import nianbao.parser.parsing.ReportParser;
import nianbao.parser.region.RegionResolver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed sample of {@code reports-parsed.v1} (src/test/resources/contract/) is exactly what this producer
 * writes; consumers deserialize the same file in their tests, which keeps their copies of the contract honest.
 * Regenerate it with -Dcontract.regenerate=true after a deliberate contract change.
 */
class ParsedEventContractTest {

    static final Path SAMPLE = Path.of("src/test/resources/contract/reports-parsed.v1.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theProducerWritesTheCommittedSample() throws IOException {
        String seed = Files.readString(Path.of("../samples/000_2f8ee6c9bd0fa497.txt"));
        SourceInfo source = new SourceInfo("000_2f8ee6c9bd0fa497.txt", "text/plain", 8837L,
                "a11caaab638c625b825e2bdac9b4da29e170cdc8924d2e8fc1c9894fa27d3c48", "2026-01-05T08:00:00Z", null);
        ParsedReport report = new ReportParser(RegionResolver.load()).parse(source.sha256(), seed, source);
        ParsedEvent event = new ParsedEvent("00000000-0000-0000-0000-000000000001", ParsedEvent.TYPE, report.reportId(),
                "2026-01-05T08:00:01Z", report);
        if (Boolean.getBoolean("contract.regenerate")) {
            Files.writeString(SAMPLE, JSON.writeValueAsString(event) + "\n");
        }

        JsonNode written = JSON.readTree(JSON.writeValueAsString(event));

        assertThat(written).isEqualTo(JSON.readTree(SAMPLE.toFile()));
    }
}
