package nianbao.validation.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.validation.config.ValidationConfig;
import nianbao.validation.messaging.ParsedEvent;
import nianbao.validation.rules.RuleSet;
import nianbao.validation.rules.Validation;
import nianbao.validation.rules.Validator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer's committed sample of {@code reports-parsed.v1} deserializes into this consumer's copy of the event
 * and validates; {@code POST /check} answers the parsed draft with its findings.
 */
class ParsedEventContractTest {

    private static final Path SAMPLE = Path.of("../parser-service/src/test/resources/contract/reports-parsed.v1.json");
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Validator validator = new Validator(RuleSet.bundled(Map.of()));

    @Test
    void theParsersSampleDeserializesAndValidates() throws IOException {
        ParsedEvent event = JSON.readValue(SAMPLE.toFile(), ParsedEvent.class);

        assertThat(event.type()).isEqualTo("reports-parsed.v1");
        assertThat(event.reportId()).isEqualTo(event.report().get("reportId").asText());
        assertThat(validator.validate(event.report()).status()).isEqualTo(Validation.PASSED);
    }

    @Test
    void checkAnswersTheParsedDraftAndItsFindingsStoringNothing() throws IOException {
        JsonNode parsed = JSON.readTree(SAMPLE.toFile()).get("report");
        ((com.fasterxml.jackson.databind.node.ObjectNode) parsed.get("applications").get("granted")).put("total", 3);
        CheckResource check = new CheckResource(new StubParser(parsed), validator);

        DraftCheck answer = check.check("草稿", "text/plain", "draft.txt");

        assertThat(answer.report().get("agency").asText()).isEqualTo("中卫市商务局");
        assertThat(answer.validation().findings()).extracting(f -> f.ruleId()).contains("T3-03");
    }

    /** Answers every draft with the same parsed report. */
    private static final class StubParser extends ParserClient {
        private final JsonNode report;

        StubParser(JsonNode report) {
            super(new ValidationConfig() {
                @Override
                public String parserUrl() {
                    return "http://localhost:1";
                }

                @Override
                public int maxConcurrentRequests() {
                    return 1;
                }

                @Override
                public Map<String, RuleSettings> rules() {
                    return Map.of();
                }
            }, JSON);
            this.report = report;
        }

        @Override
        public JsonNode parse(String draft, String contentType, String fileName) {
            return report;
        }
    }
}
