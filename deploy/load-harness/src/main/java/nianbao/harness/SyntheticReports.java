package nianbao.harness;

import nianbao.tools.ReportFile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * An endless supply of realistic report files: agencies of real cities and counties across provinces, years
 * 2021–2025, non-zero numbers in most cells, a share with one arithmetic error, and three layouts.
 */
final class SyntheticReports {

    /** Real prefecture- and county-level divisions (GB/T 2260), so region resolution has real work to do. */
    private static final List<String> PLACES = List.of("中卫市", "石嘴山市", "银川市", "吴忠市", "固原市", "沙坡头区", "中宁县",
            "海原县", "大武口区", "惠农区", "平罗县", "洛阳市", "瀍河回族区", "新乡市", "卫滨区", "郑州市", "金水区", "开封市",
            "杭州市", "西湖区", "宁波市", "鄞州区", "温州市", "成都市", "武侯区", "绵阳市", "广州市", "天河区", "深圳市",
            "南山区", "长沙市", "岳麓区", "西安市", "雁塔区", "兰州市", "城关区", "昆明市", "五华区", "贵阳市", "南宁市",
            "青秀区", "合肥市", "蜀山区", "南京市", "鼓楼区", "苏州市", "吴中区", "济南市", "历下区", "太原市", "石家庄市",
            "哈尔滨市", "长春市", "沈阳市", "呼和浩特市", "乌鲁木齐市", "拉萨市", "西宁市", "海口市", "福州市");
    private static final List<String> DEPARTMENTS = List.of("商务局", "统计局", "教育局", "民政局", "财政局", "自然资源局",
            "生态环境局", "住房和城乡建设局", "交通运输局", "水务局", "农业农村局", "文化和旅游局", "卫生健康委员会",
            "市场监督管理局", "医疗保障局", "人民政府办公室");
    private static final ReportRenderer.Layout[] LAYOUTS = ReportRenderer.Layout.values();

    private final Random random;
    private final Prose prose;
    private final double errorShare;
    private final String runId;
    private long serial;

    SyntheticReports(long seed, double errorShare) {
        this.random = new Random(seed);
        this.prose = new Prose(random);
        this.errorShare = errorShare;
        this.runId = Long.toString(System.currentTimeMillis(), 36);
    }

    /** A generated report file, and whether one of its identities was broken on purpose. */
    record Synthetic(ReportFile file, boolean broken) {
    }

    /** The next report file; its bytes are unique to this run, so no earlier run's copy is a duplicate. */
    Synthetic next() {
        String agency = PLACES.get(random.nextInt(PLACES.size())) + DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
        int year = 2021 + random.nextInt(5);
        ReportNumbers numbers = ReportNumbers.random(random);
        boolean broken = random.nextDouble() < errorShare;
        if (broken) {
            numbers.breakOneIdentity(random);
        }
        ReportRenderer.Layout layout = LAYOUTS[random.nextInt(LAYOUTS.length)];
        long id = serial++;
        String text = ReportRenderer.render(agency, year, Long.parseLong(runId, 36) * 1_000_000 + id, numbers, prose, layout);
        String extension = layout == ReportRenderer.Layout.HTML ? ".html" : layout == ReportRenderer.Layout.MARKDOWN ? ".md" : ".txt";
        return new Synthetic(ReportFile.of(agency + "-" + year + "-" + runId + "-" + id + extension,
                text.getBytes(StandardCharsets.UTF_8)), broken);
    }
}
