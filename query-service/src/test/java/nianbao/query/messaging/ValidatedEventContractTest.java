package nianbao.query.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.query.store.ReportDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * query-service's copy of reports-validated.v1 reads validation-service's committed sample (with INCOMPLETE and its
 * coverage), still reads an event from before coverage existed, and refuses what is no validation.
 */
class ValidatedEventContractTest {

    private static final Path SAMPLE = Path.of("../validation-service/src/test/resources/contract/reports-validated.v1.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCommittedSampleIsReadWithItsCoverage() throws IOException {
        JsonNode sample = JSON.readTree(SAMPLE.toFile());

        ValidatedEvent event = ValidatedEvent.of(sample);

        assertThat(event.reportId()).isEqualTo(sample.get("reportId").asText());
        assertThat(event.status()).isEqualTo(sample.get("status").asText());
        assertThat(event.coverage().cellsExpected()).isEqualTo(sample.at("/coverage/cellsExpected").asInt());
        assertThat(event.coverage().cellsRead()).isEqualTo(sample.at("/coverage/cellsRead").asInt());
        assertThat(event.coverage().identitiesChecked()).isEqualTo(sample.at("/coverage/identitiesChecked").asInt());
        assertThat(event.coverage().identitiesUnchecked()).isEqualTo(sample.at("/coverage/identitiesUnchecked").asInt());
        assertThat(event.coverage().unchecked()).hasSize(sample.at("/coverage/unchecked").size())
                .first().satisfies(u -> {
                    assertThat(u.rule()).isEqualTo(sample.at("/coverage/unchecked/0/rule").asText());
                    assertThat(u.missing()).isNotEmpty();
                });
        assertThat(event.findings()).hasSize(sample.get("findings").size());
        FeedEvent notice = FeedEvent.of("validated", stored(sample), event.occurredAt());
        assertThat(notice.status()).isEqualTo(event.status());
        assertThat(notice.cellsRead()).isEqualTo(event.coverage().cellsRead());
        assertThat(notice.identitiesUnchecked()).isEqualTo(event.coverage().identitiesUnchecked());
    }

    @Test
    void anEventFromBeforeCoverageIsStillAValidation() throws IOException {
        ObjectNode older = (ObjectNode) JSON.readTree(SAMPLE.toFile());
        older.remove("coverage");
        older.put("status", "WARNINGS");

        ValidatedEvent event = ValidatedEvent.of(older);

        assertThat(event.coverage()).isNull();
        assertThat(FeedEvent.of("validated", stored(older), event.occurredAt()).cellsRead()).isNull();
    }

    @Test
    void whatIsNoValidationIsRefused() throws IOException {
        ObjectNode unknownStatus = (ObjectNode) JSON.readTree(SAMPLE.toFile());
        unknownStatus.put("status", "GREEN");
        ObjectNode wrongCoverage = (ObjectNode) JSON.readTree(SAMPLE.toFile());
        ((ObjectNode) wrongCoverage.get("coverage")).put("cellsRead", "most of them");
        ObjectNode noReport = (ObjectNode) JSON.readTree(SAMPLE.toFile());
        noReport.remove("reportId");

        assertThatThrownBy(() -> ValidatedEvent.of(unknownStatus)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("status must be one of [PASSED, WARNINGS, ERRORS, INCOMPLETE], was GREEN");
        assertThatThrownBy(() -> ValidatedEvent.of(wrongCoverage)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a reports-validated event: a field of the wrong type (coverage.cellsRead)");
        assertThatThrownBy(() -> ValidatedEvent.of(noReport)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no reportId");
        assertThatThrownBy(() -> ValidatedEvent.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The read model of a parsed report holding this validation, as the feed reads it. */
    private static ReportDocument stored(JsonNode validation) {
        return ReportDocument.of(new Document("_id", validation.get("reportId").asText()).append("parsed", true)
                .append("validation", Document.parse(validation.toString())));
    }
}
