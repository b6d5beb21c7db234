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
 * Table 四 of pages read by OCR (the OCR bench's readings at 300 dpi): a header whose 总计 OCR misread ("六7CAN计") over a
 * grid with an empty sixteenth column, and a header whose second line a page break cut off ("诉", read without
 * confidence). Both lost the whole table before.
 */
class OcrReviewsTableTest {

    private static JsonNode reviews(String file) throws IOException {
        String page = Files.readString(Path.of("src/test/resources/ocr", file), StandardCharsets.UTF_8);
        ParsedReport report = new ReportParser(RegionResolver.load()).parse("ocr", page, "text/html", null);
        return new ObjectMapper().valueToTree(report.reviewsAndLawsuits());
    }

    @Test
    void theColumnsTheHeaderPrintsPlaceTheValuesWhereItsOutcomeNamesAreMisread() throws IOException {
        JsonNode table = reviews("reviews-total-misread.html");

        assertThat(table.get("review").get("upheld").asInt()).isEqualTo(1);
        assertThat(table.get("review").get("total").asInt()).isEqualTo(5);
        assertThat(table.get("lawsuitDirect").get("total").asInt()).isEqualTo(17);
        assertThat(table.get("lawsuitAfterReview").get("upheld").asInt()).isEqualTo(0);
        assertThat(table.get("lawsuitAfterReview").get("total").asInt()).isEqualTo(13);
    }

    @Test
    void aRowOfNothingButAnUncertainHeaderPieceIsNoCopyOfTheValues() throws IOException {
        JsonNode table = reviews("reviews-header-cut-by-page-break.html");

        for (String group : ReviewsTableReader.GROUPS) {
            for (String outcome : ReviewsTableReader.OUTCOMES) {
                assertThat(table.get(group).get(outcome).isNull()).as(group + "." + outcome).isFalse();
                assertThat(table.get(group).get(outcome).asInt()).as(group + "." + outcome).isEqualTo(0);
            }
        }
    }
}
