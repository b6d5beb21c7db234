package nianbao.validation.rules;

import nianbao.validation.store.AgencyKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * T2-03: 规章 (regulations) can only be made by provincial governments, governments of 设区的市 / 自治州 and State
 * Council departments; any other body reporting regulations issued or in force is flagged. A State Council body is
 * one of {@link #STATE_COUNCIL} by its whole name (中华人民共和国 in front allowed): a local branch such as
 * 国家税务总局中卫市税务局, 中华人民共和国南京海关 or 某省某市公安局 is not one.
 */
public final class RegulationMakerRule extends DefinedRule {

    private static final Pattern PROVINCE_OR_CITY_GOVERNMENT = Pattern.compile(".*(省|自治区|市|自治州|盟)人民政府(办公厅|办公室)?$");
    private static final String PRC = "中华人民共和国";

    /**
     * The State Council's departments, commissions, 中国人民银行, 审计署, its directly affiliated bodies and the national
     * bureaux (after the 2018 and 2023 reforms, with the names reports of 2019 on still carry), as agency keys.
     */
    static final Set<String> STATE_COUNCIL = Set.of(
            "国务院办公厅", "外交部", "国防部", "国家发展和改革委员会", "教育部", "科学技术部", "工业和信息化部",
            "国家民族事务委员会", "公安部", "国家安全部", "民政部", "司法部", "财政部", "人力资源和社会保障部",
            "自然资源部", "生态环境部", "住房和城乡建设部", "交通运输部", "水利部", "农业农村部", "商务部",
            "文化和旅游部", "国家卫生健康委员会", "退役军人事务部", "应急管理部", "中国人民银行", "审计署",
            "国务院国有资产监督管理委员会", "海关总署", "国家税务总局", "国家市场监督管理总局", "国家金融监督管理总局",
            "中国银行保险监督管理委员会", "中国证券监督管理委员会", "国家广播电视总局", "国家体育总局", "国家信访局",
            "国家统计局", "国家知识产权局", "国家国际发展合作署", "国家医疗保障局", "国务院参事室", "国家机关事务管理局",
            "国家国防科技工业局", "国家粮食和物资储备局", "国家能源局", "国家数据局", "国家林业和草原局", "国家铁路局",
            "中国民用航空局", "国家邮政局", "国家文物局", "国家中医药管理局", "国家疾病预防控制局", "国家矿山安全监察局",
            "国家消防救援局", "国家外汇管理局", "国家药品监督管理局", "国家移民管理局", "国家烟草专卖局",
            "国家公务员局", "国家档案局", "国家保密局", "国家密码管理局", "国家航天局", "国家原子能机构",
            "国家核安全局", "国家乡村振兴局", "国务院扶贫开发领导小组办公室", "国家网信办", "国家互联网信息办公室",
            "国家新闻出版署", "国家电影局", "国家宗教事务局", "国务院港澳事务办公室", "国务院台湾事务办公室");

    public RegulationMakerRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        String agency = report.agency();
        if (agency.isBlank() || !report.template().equals("2021") || canMakeRegulations(report, agency)) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String column : List.of("issued", "inForce")) {
            BigDecimal value = report.cells().value("activeDisclosure.regulations." + column);
            if (value != null && value.signum() > 0) {
                cells.add("activeDisclosure.regulations." + column);
            }
        }
        if (cells.isEmpty()) {
            return List.of();
        }
        return List.of(finding(cells, "0", NarrativeClaim.plain(report.cells().value(cells.get(0))),
                agency + "无规章制定权，但统计表填报了规章件数",
                agency + " cannot make 规章 (regulations), yet the table reports some"));
    }

    /** A government of a province or of a 设区的市 (a city with no county in its region), or a State Council body. */
    private static boolean canMakeRegulations(ReportUnderCheck report, String agency) {
        if (stateCouncilBody(agency)) {
            return true;
        }
        boolean county = report.json().path("region").path("county").isTextual();
        return PROVINCE_OR_CITY_GOVERNMENT.matcher(agency.strip()).matches() && !county;
    }

    /** Whether the name is a State Council body's own, not a branch's. */
    static boolean stateCouncilBody(String agency) {
        String key = AgencyKey.of(agency);
        if (key == null) {
            return false;
        }
        return STATE_COUNCIL.contains(key) || (key.startsWith(PRC) && STATE_COUNCIL.contains(key.substring(PRC.length())));
    }
}
