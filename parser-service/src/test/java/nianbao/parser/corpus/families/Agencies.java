package nianbao.parser.corpus.families;

import java.util.List;
import java.util.Random;

/** Real places and departments combined into the agencies that publish annual reports, from cities down to towns. */
final class Agencies {

    /** province | city | districts and counties of the city. */
    private static final List<String> PLACES = List.of(
            "江苏省|淮安市|淮阴区,清江浦区,涟水县,盱眙县", "江苏省|南京市|鼓楼区,玄武区,江宁区",
            "江苏省|苏州市|吴江区,昆山市,常熟市", "浙江省|杭州市|西湖区,上城区,桐庐县", "浙江省|湖州市|长兴县,安吉县",
            "浙江省|温州市|鹿城区,乐清市", "宁夏回族自治区|中卫市|沙坡头区,中宁县,海原县",
            "宁夏回族自治区|石嘴山市|大武口区,平罗县", "宁夏回族自治区|银川市|兴庆区,永宁县",
            "河南省|洛阳市|瀍河回族区,洛龙区,孟津区", "河南省|新乡市|卫滨区,红旗区,获嘉县", "河南省|郑州市|金水区,中原区",
            "福建省|福州市|鼓楼区,闽侯县", "福建省|厦门市|思明区,湖里区", "四川省|成都市|武侯区,锦江区,双流区",
            "四川省|绵阳市|涪城区,江油市", "广东省|广州市|天河区,越秀区,番禺区", "广东省|深圳市|南山区,福田区",
            "广东省|佛山市|南海区,顺德区", "湖北省|武汉市|江汉区,洪山区", "湖北省|宜昌市|西陵区,夷陵区",
            "山东省|济南市|历下区,章丘区", "山东省|青岛市|黄岛区,即墨区", "湖南省|长沙市|岳麓区,宁乡市",
            "湖南省|株洲市|天元区,醴陵市", "云南省|昆明市|五华区,安宁市", "甘肃省|兰州市|城关区,榆中县",
            "黑龙江省|哈尔滨市|南岗区,道里区", "|上海市|浦东新区,徐汇区,静安区", "|北京市|朝阳区,海淀区",
            "|天津市|和平区,滨海新区", "|重庆市|渝中区,江北区");
    /** full name | short name of city and county departments. */
    private static final List<String> DEPARTMENTS = List.of("商务局|商务局", "教育局|教育局", "财政局|财政局",
            "民政局|民政局", "司法局|司法局", "审计局|审计局", "统计局|统计局", "公安局|公安局", "水利局|水利局",
            "人力资源和社会保障局|人社局", "自然资源和规划局|自然资源规划局", "住房和城乡建设局|住建局",
            "市场监督管理局|市场监管局", "交通运输局|交通局", "农业农村局|农业农村局", "文化广电和旅游局|文广旅局",
            "卫生健康委员会|卫健委", "发展和改革委员会|发改委", "生态环境局|生态环境局", "应急管理局|应急局",
            "医疗保障局|医保局", "退役军人事务局|退役军人局", "城市管理局|城管局", "机关事务管理局|机关事务局",
            "行政审批局|行政审批局", "科学技术局|科技局", "工业和信息化局|工信局", "数据资源管理局|数据局");
    private static final List<String> PROVINCE_DEPARTMENTS = List.of("教育厅|教育厅", "财政厅|财政厅",
            "生态环境厅|生态环境厅", "自然资源厅|自然资源厅", "交通运输厅|交通运输厅", "农业农村厅|农业农村厅",
            "住房和城乡建设厅|住建厅", "卫生健康委员会|卫健委", "人力资源和社会保障厅|人社厅", "科学技术厅|科技厅");
    private static final List<String> COMMISSIONS = List.of("科学技术委员会|科委", "教育委员会|教委",
            "发展和改革委员会|发改委", "经济和信息化委员会|经信委", "住房和城乡建设委员会|住建委", "卫生健康委员会|卫健委");
    private static final List<String> TOWNS = List.of("城关", "东城", "新华", "和平", "长安", "金桥", "柳林", "白马", "青山");

    private Agencies() {
    }

    static Agency random(Random random) {
        String[] place = pick(random, PLACES).split("\\|");
        String province = place[0];
        String city = place[1];
        String county = pick(random, List.of(place[2].split(",")));
        boolean municipality = province.isEmpty();
        return switch (random.nextInt(10)) {
            case 0 -> new Agency(city + "人民政府", city, city + "人民政府办公室");
            case 1, 2, 3 -> department(random, municipality && random.nextBoolean() ? COMMISSIONS : DEPARTMENTS, city);
            case 4 -> new Agency(city + county + "人民政府", county, county + "人民政府办公室");
            case 5, 6 -> department(random, DEPARTMENTS, random.nextBoolean() ? county : city + county);
            case 7 -> municipality
                    ? department(random, COMMISSIONS, city)
                    : department(random, PROVINCE_DEPARTMENTS, province);
            case 8 -> {
                String town = pick(random, TOWNS);
                yield random.nextBoolean()
                        ? new Agency(county + town + "镇人民政府", town + "镇", town + "镇党政办公室")
                        : new Agency(county + town + "街道办事处", town + "街道", town + "街道党政办公室");
            }
            default -> new Agency(city + "人民政府办公室", city + "政府办", city + "人民政府办公室");
        };
    }

    private static Agency department(Random random, List<String> departments, String place) {
        String[] d = pick(random, departments).split("\\|");
        return new Agency(place + d[0], place + d[1], place + d[0] + "办公室");
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
