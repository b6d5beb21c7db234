package nianbao.query.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Agency keys, the cell catalog and the rates, without a framework. */
class PlainModelTest {

    @Test
    void agencyKeysIgnoreWidthWhitespaceAndPunctuationButNothingElse() {
        assertThat(AgencyNames.key(" 中卫市\u3000商务局\u200B")).isEqualTo(AgencyNames.key("中卫市商务局"));
        assertThat(AgencyNames.key("ＡＢＣ局（试点）")).isEqualTo(AgencyNames.key("abc局(试点)"));
        assertThat(AgencyNames.key("中卫市商务局")).isNotEqualTo(AgencyNames.key("中卫市商务和投资促进局"));
        assertThat(AgencyNames.key("  ")).isNull();
    }

    @Test
    void theCatalogHasEveryCellOnceAndRatesAreNullWithoutADenominator() {
        assertThat(CellCatalog.all()).hasSize(207);
        assertThat(CellCatalog.all().stream().map(TableCell::path).distinct()).hasSize(207);
        assertThat(CellCatalog.all().stream().map(TableCell::label).distinct()).hasSize(207);
        Map<String, Object> report = Map.of("applications", Map.of("granted", Map.of("total", 3),
                "partiallyGranted", Map.of("total", 1), "totalHandled", Map.of("total", 8)));
        StatsGroup group = StatsCalculator.compute(List.of(new StatsCalculator.Input("g", "PASSED", report))).get(0);
        assertThat(group.rates().substantiveDisclosureRate()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(group.rates().reviewCorrectionRate()).isNull();
        assertThat(group.blanks()).containsEntry("reviewsAndLawsuits.review.total", 1);
    }

    @Test
    void statsCountIncompleteReportsAsTheirOwnStatusNotAsPassed() {
        Map<String, Object> report = Map.of("applications", Map.of("granted", Map.of("total", 3)));
        List<StatsCalculator.Input> inputs = List.of(new StatsCalculator.Input("g", "PASSED", report),
                new StatsCalculator.Input("g", "INCOMPLETE", report), new StatsCalculator.Input("g", "INCOMPLETE", Map.of()),
                new StatsCalculator.Input("g", "ERRORS", report));

        StatsGroup group = StatsCalculator.compute(inputs).get(0);

        assertThat(group.reports()).isEqualTo(4);
        assertThat(group.reportsWithErrors()).isEqualTo(1);
        assertThat(group.reportsByStatus()).containsExactly(Map.entry("ERRORS", 1), Map.entry("INCOMPLETE", 2),
                Map.entry("WARNINGS", 0), Map.entry("PASSED", 1), Map.entry("PARSED", 0));
        assertThat(group.sums().get("applications.granted.total")).isEqualByComparingTo("9");
        assertThat(group.blanks()).containsEntry("applications.granted.total", 1);
    }
}
