package nianbao.validation.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** T2-03 (no local branch makes 规章), T2-05 (元 in the 万元 column) and X02 (section 六 states the fee), tightened. */
class TightenedRulesTest {

    private final Validator validator = new Validator(RuleSet.bundled(Map.of()));

    private List<Finding> findings(ObjectNode report, String rule) {
        return validator.validate(report).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @ParameterizedTest(name = "{0}: may make 规章 = {1}")
    @CsvSource({
            "国家税务总局, true",
            "中华人民共和国商务部, true",
            "公安部, true",
            "中国人民银行, true",
            "国家市场监督管理总局, true",
            "国家税务总局中卫市税务局, false",
            "国家税务总局宁夏回族自治区税务局, false",
            "中华人民共和国南京海关, false",
            "中国人民银行中卫市中心支行, false",
            "宁夏回族自治区中卫市公安局, false",
            "中卫市商务局, false"})
    void t203FlagsRegulationsFromAnyBodyButAStateCouncilDepartmentOrAProvinceOrCityGovernment(String agency, boolean may) {
        ObjectNode report = Reports.with(Reports.consistent(), "activeDisclosure.regulations.inForce", 2);
        report.put("agency", agency);

        assertThat(findings(report, "T2-03")).hasSize(may ? 0 : 1);
    }

    @Test
    void t205FiresWhenTheTextStatesTheFeeAmountInYuan() {
        ObjectNode sameNumber = Reports.withSections(Reports.with(Reports.consistent(), "activeDisclosure.feesTenThousandYuan", 3500),
                Map.of(1, "本年度行政事业性收费共计3500元，均已按规定公示。"));
        ObjectNode largeWhole = Reports.withSections(Reports.with(Reports.consistent(), "activeDisclosure.feesTenThousandYuan", 35000),
                Map.of(2, "行政事业性收费金额为35000.00元。"));
        ObjectNode inTenThousand = Reports.withSections(Reports.with(Reports.consistent(), "activeDisclosure.feesTenThousandYuan", 3.5),
                Map.of(1, "本年度行政事业性收费共计3.5万元。"));
        ObjectNode processingFee = Reports.withSections(Reports.with(Reports.consistent(), "activeDisclosure.feesTenThousandYuan", 200),
                Map.of(1, "本年度收取信息处理费200元。"));

        assertThat(findings(sameNumber, "T2-05")).singleElement().satisfies(f -> assertThat(f.actual()).contains("元"));
        assertThat(findings(largeWhole, "T2-05")).hasSize(1);
        assertThat(findings(inTenThousand, "T2-05")).isEmpty();
        assertThat(findings(processingFee, "T2-05")).isEmpty();
    }

    @Test
    void t205FiresOnAWhole10000TenThousandYuanFromACountyLevelBodyButNotFromACity() {
        ObjectNode county = Reports.with(Reports.consistent(), "activeDisclosure.feesTenThousandYuan", 12000);
        county.putObject("region").put("city", "中卫市").put("county", "沙坡头区");
        ObjectNode city = Reports.with(Reports.consistent(), "activeDisclosure.feesTenThousandYuan", 12000);
        city.putObject("region").put("city", "中卫市").putNull("county");

        assertThat(findings(county, "T2-05")).hasSize(1);
        assertThat(findings(city, "T2-05")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → X02 {1}")
    @CsvSource(delimiter = '|', value = {
            "本年度未收取信息处理费。|false",
            "本年度收取信息处理费200元。|false",
            "信息处理费：0元。|false",
            "本单位不存在信息公开收费情况。|false",
            "本年度未向申请人收取任何费用。|false",
            "本机关行政事业性收费情况见上表。|true",
            "信息处理费按国办函〔2020〕109号执行。|true",
            "收费标准按规定公示。|true",
            "无其他需要报告的事项。|true"})
    void x02WantsAnAmountOrAStatementThatNoneWasCharged(String sectionSix, boolean fires) {
        ObjectNode report = Reports.withSections(Reports.consistent(), Map.of(6, sectionSix));

        assertThat(findings(report, "X02")).hasSize(fires ? 1 : 0);
    }
}
