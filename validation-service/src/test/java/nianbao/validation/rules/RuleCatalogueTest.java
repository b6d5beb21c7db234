package nianbao.validation.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule fires at the exact cell when one cell is changed, and stays silent on a consistent report. */
class RuleCatalogueTest {

    private final Validator validator = new Validator(RuleSet.bundled(Map.of()));

    @Test
    void aConsistentReportWithNumbersEverywherePasses() {
        Validation validation = validator.validate(Reports.consistent());

        assertThat(validation.findings()).isEmpty();
        assertThat(validation.status()).isEqualTo(Validation.PASSED);
        assertThat(validation.ruleSetVersion()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} changed to {1} → {2}")
    @CsvSource({
            "applications.newReceived.naturalPerson, 7, T3-01",
            "applications.carriedForward.commercial, 5, T3-01",
            "applications.denied.thirdPartyRights.naturalPerson, 2, T3-02",
            "applications.granted.total, 6, T3-03",
            "reviewsAndLawsuits.review.total, 4, T4-01",
            "reviewsAndLawsuits.lawsuitDirect.pending, 2, T4-02",
            "reviewsAndLawsuits.lawsuitAfterReview.total, 1, T4-03"})
    void oneBrokenCellIsFlaggedByTheExactRuleAtThatCell(String path, int value, String rule) {
        ObjectNode report = Reports.with(Reports.consistent(), path, value);

        List<Finding> findings = validator.validate(report).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();

        assertThat(findings).isNotEmpty();
        assertThat(findings).allSatisfy(f -> assertThat(f.cells()).contains(path));
        assertThat(findings.get(0).severity()).isEqualTo("error");
        assertThat(findings.get(0).message()).isNotBlank();
        assertThat(findings.get(0).messageEn()).isNotBlank();
    }

    @Test
    void t301ReportsBothSidesOfTheIdentity() {
        ObjectNode report = Reports.with(Reports.consistent(), "applications.newReceived.naturalPerson", 7);

        Finding finding = validator.validate(report).findings().stream().filter(f -> f.ruleId().equals("T3-01")).findFirst().orElseThrow();

        assertThat(finding.expected()).isEqualTo("8");
        assertThat(finding.actual()).isEqualTo("7");
        assertThat(finding.message()).contains("自然人");
        assertThat(finding.cells()).containsExactly("applications.newReceived.naturalPerson", "applications.carriedOver.naturalPerson",
                "applications.totalHandled.naturalPerson", "applications.carriedForward.naturalPerson");
    }

    @Test
    void blankCellsCountAsZeroAreListedUnderS06AndBreakNoIdentity() {
        ObjectNode report = Reports.consistent();
        for (String outcome : List.of("upheld", "corrected", "other", "pending", "total")) {
            Reports.with(report, "reviewsAndLawsuits.lawsuitAfterReview." + outcome, null);
            Reports.diagnostic(report, "CELL_BLANK", "reviewsAndLawsuits", "lawsuitAfterReview." + outcome);
        }

        Validation validation = validator.validate(report);

        assertThat(validation.findings()).extracting(Finding::ruleId).containsExactly("S06");
        assertThat(validation.findings().get(0).cells()).hasSize(5);
        assertThat(validation.status()).isEqualTo(Validation.WARNINGS);
    }

    @Test
    void aMissingColumnIsAnS04ErrorAndTheIdentitiesOverItAreNotChecked() {
        ObjectNode report = Reports.consistent();
        Reports.diagnostic(report, "COLUMN_MISSING", "applications", "other");
        for (String row : Layout.applicationRows(false)) {
            Reports.with(report, "applications." + row + ".other", null);
        }

        Validation validation = validator.validate(report);

        assertThat(validation.findings()).extracting(Finding::ruleId).containsExactly("S04");
        assertThat(validation.status()).isEqualTo(Validation.ERRORS);
        assertThat(validation.coverage().cellsRead()).isEqualTo(200);
        assertThat(validation.coverage().unchecked()).filteredOn(u -> u.rule().equals("T3-01")).singleElement()
                .satisfies(u -> assertThat(u.scope()).isEqualTo("other"));
        assertThat(validation.coverage().unchecked()).filteredOn(u -> u.rule().equals("T3-03")).hasSize(25);
    }

    @Test
    void anIdentityOverACellTheParserCouldNotPlaceIsNotChecked() {
        ObjectNode report = Reports.with(Reports.consistent(), "applications.granted.naturalPerson", null);
        Reports.diagnostic(report, "ROW_AMBIGUOUS", "applications", "granted");

        assertThat(validator.validate(report).findings()).extracting(Finding::ruleId).doesNotContain("T3-02", "T3-03");
    }

    @Test
    void countsMustBeWholeAndNotNegativeWhileFeesMayHaveDecimals() {
        ObjectNode report = Reports.with(Reports.consistent(), "activeDisclosure.licensing", -1);
        Reports.with(report, "activeDisclosure.punishment", 2.5);

        assertThat(validator.validate(report).findings()).filteredOn(f -> f.ruleId().equals("S05"))
                .extracting(f -> f.cells().get(0))
                .containsExactlyInAnyOrder("activeDisclosure.licensing", "activeDisclosure.punishment");
    }

    @Test
    void aMissingSectionIsAnS01Error() {
        ObjectNode report = Reports.diagnostic(Reports.consistent(), "SECTION_MISSING", "sections", "5");

        assertThat(validator.validate(report).findings()).extracting(Finding::ruleId, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S01", "缺少第五部分"));
    }

    @Test
    void aCombinedOtherHandlingRowIsAWarningIn2021AndItsValuesCount() {
        ObjectNode report = Reports.consistent();
        ObjectNode other = (ObjectNode) report.get("applications").get("otherHandling");
        other.putNull("overdueCorrection");
        other.putNull("unpaidFee");
        other.putNull("other");
        Reports.with(report, "applications.totalHandled.naturalPerson", 7);
        Reports.with(report, "applications.totalHandled.total", 10);
        Reports.with(report, "applications.carriedOver.naturalPerson", 2);
        Reports.with(report, "applications.carriedOver.total", 3);
        other.putObject("combined").put("naturalPerson", 1).put("commercial", 0).put("research", 0).put("socialWelfare", 0)
                .put("legalService", 0).put("other", 0).put("total", 1);
        Reports.diagnostic(report, "OTHER_HANDLING_COMBINED", "applications", "otherHandling.combined");

        Validation validation = validator.validate(report);

        assertThat(validation.findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S04", "warning"));
    }

    @Test
    void rulesCanBeSwitchedOffAndDowngradedInConfiguration() {
        Validator configured = new Validator(RuleSet.bundled(Map.of(
                "T3-01", new RuleSet.Override(false, null),
                "T3-03", new RuleSet.Override(null, "warning"))));
        ObjectNode report = Reports.with(Reports.consistent(), "applications.newReceived.naturalPerson", 7);

        assertThat(configured.validate(report).findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T3-03", "warning"));
    }
}
