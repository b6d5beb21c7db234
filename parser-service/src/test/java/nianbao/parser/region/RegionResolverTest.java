package nianbao.parser.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionResolverTest {

    private static final RegionResolver RESOLVER = RegionResolver.load();

    private static Region region(String agency) {
        return RESOLVER.resolve(agency, null).region();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", textBlock = """
            中卫市商务局,              宁夏回族自治区, 中卫市,   null,       640500
            中卫市机关事务服务中心,     宁夏回族自治区, 中卫市,   null,       640500
            瀍河回族区商务局,          河南省,        洛阳市,   瀍河回族区,  410304
            卫滨区商务局,              河南省,        新乡市,   卫滨区,     410703
            石嘴山市商务局,            宁夏回族自治区, 石嘴山市, null,       640200
            国家税务总局中卫市沙坡头区税务局, 宁夏回族自治区, 中卫市, 沙坡头区, 640502
            北京市朝阳区商务局,        北京市,        北京市,   朝阳区,     110105
            长春市朝阳区商务局,        吉林省,        长春市,   朝阳区,     220104
            济南市中区商务局,          山东省,        济南市,   市中区,     370103
            荆州市公安县公安局,        湖北省,        荆州市,   公安县,     421022
            恩施州商务局,              湖北省,        恩施土家族苗族自治州, null, 422800
            """)
    void resolvesCitiesAndCounties(String agency, String province, String city, String county, String code) {
        assertThat(region(agency)).isEqualTo(new Region(province, city, county, code));
    }

    @Test
    void municipalityIsItsOwnCity() {
        assertThat(region("北京市商务局")).isEqualTo(new Region("北京市", "北京市", null, "110000"));
        assertThat(region("重庆市万州区商务委员会")).isEqualTo(new Region("重庆市", "重庆市", "万州区", "500101"));
        assertThat(region("上海商务委员会")).isEqualTo(new Region("上海市", "上海市", null, "310000"));
    }

    @Test
    void countyUnderProvinceHasNoCity() {
        assertThat(region("仙桃市商务局")).isEqualTo(new Region("湖北省", null, "仙桃市", "429004"));
        assertThat(region("湖北省仙桃市商务局")).isEqualTo(new Region("湖北省", null, "仙桃市", "429004"));
    }

    @Test
    void provinceAgencyResolvesToProvinceOnly() {
        Region ningxia = new Region("宁夏回族自治区", null, null, "640000");
        assertThat(region("宁夏回族自治区商务厅")).isEqualTo(ningxia);
        assertThat(region("宁夏商务厅")).isEqualTo(ningxia);
        assertThat(region("吉林商务厅")).isEqualTo(new Region("吉林省", null, null, "220000"));
    }

    @Test
    void nationalMinistryIsUnknownWithSignal() {
        Resolution resolution = RESOLVER.resolve("商务部", null);

        assertThat(resolution.region()).isEqualTo(Region.UNKNOWN);
        assertThat(resolution.signals()).singleElement().asString().contains("central government");
    }

    @Test
    void ambiguousCountyWithoutContextIsNotGuessed() {
        Resolution resolution = RESOLVER.resolve("朝阳区商务局", null);

        assertThat(resolution.region()).isEqualTo(Region.UNKNOWN);
        assertThat(resolution.signals()).containsExactly("ambiguous county name 朝阳区: 北京市, 长春市; region left unknown");
    }

    @Test
    void ambiguousCountyIsSettledByContext() {
        Resolution beijing = RESOLVER.resolve("朝阳区商务局", "2025年，北京市朝阳区商务局在区委区政府领导下……");
        Resolution changchun = RESOLVER.resolve("朝阳区商务局", "吉林省长春市朝阳区商务局2025年政府信息公开工作年度报告");

        assertThat(beijing.region()).isEqualTo(new Region("北京市", "北京市", "朝阳区", "110105"));
        assertThat(beijing.signals()).singleElement().asString().endsWith("the report text names 北京市");
        assertThat(changchun.region().code()).isEqualTo("220104");
    }

    @Test
    void contextNamingBothPlacesSettlesNothing() {
        Resolution resolution = RESOLVER.resolve("朝阳区商务局", "北京市与长春市");

        assertThat(resolution.region()).isEqualTo(Region.UNKNOWN);
    }

    @Test
    void ambiguousCountyWithinOneProvinceKeepsTheProvince() {
        Resolution resolution = RESOLVER.resolve("向阳区商务局", null);

        assertThat(resolution.region()).isEqualTo(new Region("黑龙江省", null, null, "230000"));
        assertThat(resolution.signals()).singleElement().asString()
                .startsWith("ambiguous county name 向阳区: 鹤岗市, 佳木斯市").endsWith("kept only the shared 黑龙江省");
        assertThat(RESOLVER.resolve("向阳区商务局", "佳木斯市向阳区").region().code()).isEqualTo("230803");
    }

    @Test
    void countyShortFormAloneIsTooWeak() {
        Resolution alone = RESOLVER.resolve("公安局", null);
        Resolution withCity = RESOLVER.resolve("中卫市自然资源局", null);

        assertThat(alone.region()).isEqualTo(Region.UNKNOWN);
        assertThat(alone.signals()).anyMatch(s -> s.contains("公安县"));
        assertThat(withCity.region().code()).isEqualTo("640500");
        assertThat(withCity.signals()).anyMatch(s -> s.startsWith("ignored 资源"));
    }

    @Test
    void commonDepartmentNamesNameNoPlace() {
        for (String department : List.of("人力资源和社会保障局", "住房和城乡建设局", "市场监督管理局", "机关事务服务中心",
                "退役军人事务局", "生态环境局", "交通运输局", "卫生健康委员会", "政务服务管理局", "经济技术开发区管理委员会")) {
            assertThat(region(department)).as(department).isEqualTo(Region.UNKNOWN);
        }
    }

    @Test
    void junkInputGivesUnknownWithoutException() {
        assertThat(RESOLVER.resolve(null, null).region()).isEqualTo(Region.UNKNOWN);
        assertThat(RESOLVER.resolve("", "").region()).isEqualTo(Region.UNKNOWN);
        assertThat(RESOLVER.resolve("   ", null).signals()).isNotEmpty();
        assertThat(RESOLVER.resolve("!!!???123", null).region()).isEqualTo(Region.UNKNOWN);

        String junk = randomText(20_000, new Random(42));
        Resolution resolution = RESOLVER.resolve(junk, junk);
        assertThat(resolution.signals()).anyMatch(s -> s.contains("read only the first"));
    }

    @Test
    void everyDivisionResolvesFromItsFullNameChain() {
        List<Division> divisions = DivisionCatalog.readResource();
        DivisionCatalog catalog = new DivisionCatalog(divisions);
        Map<String, Integer> nameCounts = new HashMap<>();
        divisions.forEach(d -> nameCounts.merge(d.name(), 1, Integer::sum));

        for (Division division : divisions) {
            List<Division> chain = new ArrayList<>(catalog.lineage(division));
            Collections.reverse(chain);
            String chainName = chain.stream().map(Division::name).reduce("", String::concat);
            assertThat(region(chainName + "商务局").code()).as(chainName).isEqualTo(division.code());
            if (nameCounts.get(division.name()) == 1) {
                assertThat(region(division.name() + "商务局").code()).as(division.name()).isEqualTo(division.code());
            }
        }
    }

    @Test
    void dataSetHasSixDigitCodesAndThreeLevels() {
        List<Division> divisions = DivisionCatalog.readResource();

        assertThat(divisions).hasSizeGreaterThan(3000);
        assertThat(divisions).allMatch(d -> d.code().matches("\\d{6}"));
        assertThat(divisions).filteredOn(d -> d.level() == Division.Level.PROVINCE).hasSize(31);
        assertThat(divisions).contains(new Division("110000", "北京市", null), new Division("640500", "中卫市", "640000"));
        assertThat(divisions).noneMatch(d -> d.name().equals("市辖区") || d.name().endsWith("直辖县级行政区划"));
    }

    private static String randomText(int length, Random random) {
        StringBuilder text = new StringBuilder(length);
        String alphabet = "市区县省州盟旗中卫北京朝阳河南宁夏回族自治商务局abc 123，。\n";
        while (text.length() < length) {
            text.append(random.nextBoolean()
                    ? alphabet.charAt(random.nextInt(alphabet.length()))
                    : (char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
        }
        return text.toString();
    }
}
