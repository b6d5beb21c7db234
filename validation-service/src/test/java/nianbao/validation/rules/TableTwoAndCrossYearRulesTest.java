package nianbao.validation.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** T2-01, T2-02, T2-03, T2-05 on table 二, and the rules over other reports: T3-04, X05, X06. */
class TableTwoAndCrossYearRulesTest {

    private final Validator validator = new Validator(RuleSet.bundled(Map.of()));

    private List<Finding> findings(ObjectNode report, History history, String rule) {
        return validator.validate(report, history).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private List<Finding> findings(ObjectNode report, String rule) {
        return findings(report, History.none(), rule);
    }

    /** Last year's report of the same agency: 8 normative documents in force, 1 + 2 carried forward. */
    private static ObjectNode lastYear() {
        ObjectNode report = Reports.withSections(Reports.consistent(), Map.of(1, "去年的总体情况完全不同，重点推进了营商环境领域公开。",
                5, "去年的问题是平台建设滞后，改进措施为升级网站栏目。", 6, "去年未收取信息处理费。"));
        report.put("year", 2024);
        Reports.with(report, "activeDisclosure.normativeDocuments.inForce", 8);
        return report;
    }

    @Test
    void t202FiresWhenMoreWereIssuedThanAreInForceOrRepealed() {
        ObjectNode report = Reports.with(Reports.consistent(), "activeDisclosure.normativeDocuments.issued", 11);

        assertThat(findings(report, "T2-02")).singleElement().satisfies(f -> {
            assertThat(f.cells()).contains("activeDisclosure.normativeDocuments.issued");
            assertThat(f.expected()).isEqualTo("≤ 10");
        });
        assertThat(findings(Reports.with(Reports.consistent(), "activeDisclosure.normativeDocuments.issued", 10), "T2-02")).isEmpty();
    }

    @Test
    void t203FiresForRegulationsReportedByABodyThatCannotMakeThem() {
        ObjectNode department = Reports.with(Reports.consistent(), "activeDisclosure.regulations.inForce", 2);
        assertThat(findings(department, "T2-03")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("activeDisclosure.regulations.inForce"));

        ObjectNode cityGovernment = Reports.with(Reports.consistent(), "activeDisclosure.regulations.inForce", 2);
        cityGovernment.put("agency", "中卫市人民政府").putObject("region").put("city", "中卫市").putNull("county");
        assertThat(findings(cityGovernment, "T2-03")).isEmpty();
        ObjectNode countyGovernment = Reports.with(Reports.consistent(), "activeDisclosure.regulations.inForce", 2);
        countyGovernment.put("agency", "沙坡头区人民政府").putObject("region").put("county", "沙坡头区");
        assertThat(findings(countyGovernment, "T2-03")).hasSize(1);
    }

    @Test
    void t205FiresOnAnAmountInYuanOrOfImplausibleMagnitude() {
        assertThat(findings(Reports.with(Reports.consistent(), "activeDisclosure.feesTenThousandYuan", 250000), "T2-05")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("activeDisclosure.feesTenThousandYuan"));
        ObjectNode headedInYuan = Reports.withSections(Reports.consistent(), Map.of(2, "第（八）项 行政事业性收费 本年收费金额（元） 4068.208"));
        assertThat(findings(headedInYuan, "T2-05")).hasSize(1);
        assertThat(findings(Reports.withSections(Reports.consistent(), Map.of()), "T2-05")).isEmpty();
    }

    @Test
    void t304ComparesCarriedOverWithLastYearsCarriedForwardPerColumn() {
        ObjectNode report = Reports.withSections(Reports.consistent(), Map.of());
        ObjectNode previous = lastYear();
        Reports.with(previous, "applications.carriedForward.naturalPerson", 2);
        Reports.with(previous, "applications.carriedForward.commercial", 1);
        Reports.with(previous, "applications.carriedForward.total", 3);

        assertThat(findings(report, new History(previous, List.of()), "T3-04")).extracting(f -> f.cells().get(0))
                .containsExactly("applications.carriedOver.naturalPerson", "applications.carriedOver.total");
        ObjectNode agreeing = lastYear();
        Reports.with(agreeing, "applications.carriedForward.commercial", 1);
        Reports.with(agreeing, "applications.carriedForward.total", 2);
        assertThat(findings(report, new History(agreeing, List.of()), "T3-04")).isEmpty();
        assertThat(findings(report, History.none(), "T3-04")).isEmpty();
    }

    @Test
    void t201ChecksDocumentsInForceAgainstLastYearOnlyBetween2021FormatReports() {
        ObjectNode report = Reports.withSections(Reports.consistent(), Map.of());
        ObjectNode previous = lastYear();

        assertThat(findings(report, new History(previous, List.of()), "T2-01")).isEmpty();
        Reports.with(previous, "activeDisclosure.normativeDocuments.inForce", 5);
        assertThat(findings(report, new History(previous, List.of()), "T2-01")).singleElement().satisfies(f -> {
            assertThat(f.cells()).contains("activeDisclosure.normativeDocuments.inForce");
            assertThat(f.expected()).isEqualTo("6");
            assertThat(f.actual()).isEqualTo("9");
        });
        previous.put("template", "2019");
        assertThat(findings(report, new History(previous, List.of()), "T2-01")).isEmpty();
    }

    @Test
    void x05FiresWhenHalfTheTextRepeatsLastYear() {
        ObjectNode report = Reports.withSections(Reports.consistent(), Map.of());
        ObjectNode copied = Reports.withSections(Reports.consistent(), Map.of());
        copied.put("year", 2024);

        assertThat(findings(report, new History(copied, List.of()), "X05")).singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("100%"));
        assertThat(findings(report, new History(lastYear(), List.of()), "X05")).isEmpty();
    }

    @Test
    void x06FiresOnNearIdenticalTextOfAnotherAgencyOfTheSameYear() {
        ObjectNode report = Reports.withSections(Reports.consistent(), Map.of());
        ObjectNode twin = Reports.withSections(Reports.consistent(), Map.of());
        twin.put("agency", "另一局");
        History withTwin = new History(null, List.of(new History.Peer("r2", "另一局", TextFingerprint.of(twin))));
        History withOther = new History(null, List.of(new History.Peer("r3", "第三局", TextFingerprint.of(lastYear()))));

        assertThat(findings(report, withTwin, "X06")).singleElement().satisfies(f -> assertThat(f.message()).contains("另一局"));
        assertThat(findings(report, withOther, "X06")).isEmpty();
    }
}
