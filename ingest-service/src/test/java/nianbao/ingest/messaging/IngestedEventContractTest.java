package nianbao.ingest.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.ingest.decoding.FileDates;
import nianbao.ingest.decoding.OcrFacts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed sample of {@code reports-ingested.v1} (test resource events/reports-ingested.v1.json) is exactly what
 * ingest-service writes: consumers test their copy against the same sample.
 */
class IngestedEventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theEventSerializesToTheCommittedSample() throws IOException {
        String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        SourceInfo source = new SourceInfo("中卫市商务局2025年政府信息公开工作年度报告.pdf", "application/pdf", 48213, sha,
                "2026-01-20T08:00:00Z", "https://www.example.gov.cn/zwgk/2026/report.pdf",
                DocumentDates.of(new FileDates(Instant.parse("2026-01-18T09:12:00Z"), null)),
                OcrInfo.of(new OcrFacts(6, 91.4, 38.2, "tesseract 5.3.0")));
        IngestedEvent event = new IngestedEvent("6f1d2c1e-5b4a-4f43-9a55-0d7d6a4e2b10", IngestedEvent.TYPE, sha,
                "2026-01-20T08:00:01Z", source, null, "text/html",
                "<html><head><meta charset=\"utf-8\"></head><body><p>中卫市商务局 2025 年政府信息公开工作年度报告</p><table><tr>"
                        + "<td>一、本年新收政府信息公开申请数量</td><td>12</td>"
                        + "<td data-ocr=\"uncertain\" data-ocr-box=\"page 3, x=1204 y=842 w=164 h=82\">8</td></tr></table></body></html>");

        JsonNode written = JSON.readTree(JSON.writeValueAsString(event));

        assertThat(written).isEqualTo(sample());
    }

    @Test
    void textAndWebPagesCarryNoDocumentDates() {
        assertThat(DocumentDates.of(null)).isNull();
        JsonNode source = JSON.valueToTree(new SourceInfo("a.txt", "text/plain", 1, "x", "t", null, null));
        assertThat(source.get("documentDates").isNull()).isTrue();
    }

    @Test
    void filesNotReadByOcrCarryANullOcr() {
        assertThat(OcrInfo.of(null)).isNull();
        JsonNode source = JSON.valueToTree(new SourceInfo("a.pdf", "application/pdf", 1, "x", "t", null, null));
        assertThat(source.has("ocr")).isTrue();
        assertThat(source.get("ocr").isNull()).isTrue();
    }

    private static JsonNode sample() throws IOException {
        try (InputStream in = IngestedEventContractTest.class.getResourceAsStream("/events/reports-ingested.v1.json")) {
            return JSON.readTree(in);
        }
    }
}
