package nianbao.validation.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules that read the text: S02, S03, S07, T3-05, T3-06, T3-07, T4-04, T2-04, X01, X02; each fires and stays silent. */
class NarrativeAndTextRulesTest {

    private final Validator validator = new Validator(RuleSet.bundled(Map.of()));

    private static ObjectNode report() {
        return Reports.withSections(Reports.consistent(), Map.of());
    }

    private static ObjectNode report(int section, String text) {
        return Reports.withSections(Reports.consistent(), Map.of(section, text));
    }

    private List<Finding> findings(ObjectNode report, String rule) {
        return validator.validate(report).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void aReportWithTextThatAgreesWithItsTablesPasses() {
        ObjectNode report = Reports.fact(Reports.fact(report(), "applicationsReceived", 10), "reviews", 3);

        assertThat(validator.validate(report).findings()).isEmpty();
    }

    @Test
    void s02FiresWhenTheNumberingRestartsAndNotInStatutoryOrder() {
        ObjectNode restarted = report();
        ((com.fasterxml.jackson.databind.node.ArrayNode) restarted.get("sections")).addObject().put("number", 1).put("text", "附");

        assertThat(findings(restarted, "S02")).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo("warning"));
        assertThat(findings(report(), "S02")).isEmpty();
    }

    @Test
    void s03FiresWhenTheTemplateDoesNotMatchTheYear() {
        assertThat(findings((ObjectNode) report().put("template", "2019"), "S03")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("template", "year"));
        assertThat(findings((ObjectNode) report().put("year", 2020).put("template", "2019"), "S03")).isEmpty();
        assertThat(findings((ObjectNode) report().put("year", 2018).put("template", "legacy"), "S03")).isEmpty();
        assertThat(findings((ObjectNode) report().put("template", "unknown"), "S03")).isEmpty();
    }

    @Test
    void s07FiresOnAnotherYearInTheTitleTheStatisticalPeriodOrAParagraph() {
        assertThat(findings((ObjectNode) report().put("title", "测试局 2024 年政府信息公开工作年度报告"), "S07")).hasSize(1);
        assertThat(findings(Reports.diagnostic(report(), "YEAR_MISMATCH", "metadata", "year"), "S07")).hasSize(1);
        assertThat(findings(report(1, "总体情况。\n2024年，我局共收到申请3件。"), "S07")).singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("2024"));
        assertThat(findings((ObjectNode) report(1, "2025年，我局较2024年多收申请。").put("title", "测试局 2025 年政府信息公开工作年度报告"), "S07"))
                .isEmpty();
    }

    @Test
    void t305FiresWhenNoStatedCountMatchesTheTable() {
        assertThat(findings(Reports.fact(report(), "applicationsReceived", 12), "T3-05")).singleElement()
                .satisfies(f -> {
                    assertThat(f.cells()).containsExactly("applications.newReceived.total");
                    assertThat(f.expected()).isEqualTo("10");
                    assertThat(f.actual()).isEqualTo("12");
                });
        assertThat(findings(Reports.fact(report(), "carriedForward", 1), "T3-05")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("applications.carriedForward.total"));
        assertThat(findings(Reports.fact(Reports.fact(report(), "applicationsReceived", 12), "applicationsReceived", 10), "T3-05")).isEmpty();
        assertThat(findings(Reports.fact(report(), "granted", 5), "T3-05")).isEmpty();
    }

    @Test
    void t306FiresWhenAllWereConcludedButSomeAreCarriedForward() {
        assertThat(findings(Reports.fact(report(), "allConcluded", 1), "T3-06")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("applications.carriedForward.total"));
        ObjectNode nothingForward = Reports.fact(report(), "allConcluded", 1);
        Reports.with(nothingForward, "applications.carriedForward.total", 0);
        assertThat(findings(nothingForward, "T3-06")).isEmpty();
    }

    @Test
    void t307FiresWhenAnUnpaidFeeEndedApplicationsAndSectionSixIsSilentAboutTheFee() {
        ObjectNode unpaid = report(6, "本年度无其他需要报告的事项。");
        Reports.with(unpaid, "applications.otherHandling.unpaidFee.total", 1);
        assertThat(findings(unpaid, "T3-07")).singleElement()
                .satisfies(f -> assertThat(f.cells()).contains("applications.otherHandling.unpaidFee.total"));
        ObjectNode mentioned = Reports.with(report(), "applications.otherHandling.unpaidFee.total", 1);
        assertThat(findings(mentioned, "T3-07")).isEmpty();
    }

    @Test
    void t404FiresWhenTheTextDisagreesWithTableFour() {
        assertThat(findings(Reports.fact(report(), "reviews", 2), "T4-04")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("reviewsAndLawsuits.review.total"));
        assertThat(findings(Reports.fact(report(), "lawsuits", 0), "T4-04")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("reviewsAndLawsuits.lawsuitDirect.total",
                        "reviewsAndLawsuits.lawsuitAfterReview.total"));
        assertThat(findings(report(4, "行政复议案件均获维持。"), "T4-04")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("reviewsAndLawsuits.review.corrected",
                        "reviewsAndLawsuits.review.pending", "reviewsAndLawsuits.lawsuitDirect.pending"));
        assertThat(findings(Reports.fact(Reports.fact(report(), "reviews", 3), "lawsuits", 1), "T4-04")).isEmpty();
    }

    @Test
    void t204FiresWhenTheTextStatesAnotherCountThanTableTwo() {
        assertThat(findings(report(1, "全年公开行政许可信息 20 条。"), "T2-04")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("activeDisclosure.licensing"));
        assertThat(findings(report(2, "本年度印发规范性文件3件。"), "T2-04")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("activeDisclosure.normativeDocuments.issued"));
        assertThat(findings(report(1, "发布行政许可服务信息 1 条，行政许可信息 24 条，行政处罚3件。"), "T2-04")).isEmpty();
    }

    @Test
    void x01FiresOnAnEmptyOrNothingSectionFive() {
        assertThat(findings(report(5, "无。"), "X01")).singleElement().satisfies(f -> assertThat(f.cells()).containsExactly("sections.5"));
        assertThat(findings(report(5, ""), "X01")).hasSize(1);
        assertThat(findings(report(), "X01")).isEmpty();
    }

    @Test
    void x02FiresWhenSectionSixSaysNothingOfTheProcessingFee() {
        assertThat(findings(report(6, "无。"), "X02")).singleElement().satisfies(f -> assertThat(f.cells()).containsExactly("sections.6"));
        assertThat(findings(report(6, "本单位不存在信息公开收费情况。"), "X02")).isEmpty();
        assertThat(findings(report(6, "本年度收取信息处理费200元。"), "X02")).isEmpty();
    }
}
