package nianbao.parser.parsing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.region.RegionResolver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page read by OCR (the OCR bench's 150 dpi turned TIFF of a generated report) whose row （二）部分公开 has "四17" in its
 * 自然人 cell: the numbers after it keep their columns and that cell is unread. Read as a label, it moved 1, 2 and 22
 * one column to the left, into cells that print 17, 1 and 2. Likewise a number cell read as "1 |24" (a stroke across
 * it) with the grid's blank padding cell after the row's total: read as a label, the row's six other values and the
 * padding made seven cells, each value one column to the left of its own.
 */
class OcrStrayMarkTest {

    @Test
    void theNumbersAfterACellWithAStrayMarkKeepTheirColumns() throws IOException {
        String page = Files.readString(Path.of("src/test/resources/ocr/stray-mark-before-a-number.html"), StandardCharsets.UTF_8);

        ParsedReport report = new ReportParser(RegionResolver.load()).parse("ocr", page, "text/html", null);

        JsonNode row = new ObjectMapper().valueToTree(report.applications()).get("partiallyGranted");
        assertThat(row.get("naturalPerson").isNull()).isTrue();
        assertThat(row.get("commercial").asInt()).isEqualTo(1);
        assertThat(row.get("research").asInt()).isEqualTo(1);
        assertThat(row.get("socialWelfare").asInt()).isEqualTo(1);
        assertThat(row.get("legalService").asInt()).isEqualTo(2);
        assertThat(row.get("total").asInt()).isEqualTo(22);
    }

    @Test
    void theNumbersAfterACellWithAStrokeAcrossItKeepTheirColumns() throws IOException {
        String page = Files.readString(Path.of("src/test/resources/ocr/stroke-across-a-number.html"), StandardCharsets.UTF_8);

        ParsedReport report = new ReportParser(RegionResolver.load()).parse("ocr", page, "text/html", null);

        JsonNode row = new ObjectMapper().valueToTree(report.applications()).get("granted");
        assertThat(row.get("naturalPerson").isNull()).isTrue();
        assertThat(row.get("commercial").asInt()).isEqualTo(5);
        assertThat(row.get("research").asInt()).isEqualTo(6);
        assertThat(row.get("socialWelfare").asInt()).isEqualTo(4);
        assertThat(row.get("legalService").asInt()).isEqualTo(4);
        assertThat(row.get("other").asInt()).isEqualTo(2);
        assertThat(row.get("total").asInt()).isEqualTo(39);
    }
}
