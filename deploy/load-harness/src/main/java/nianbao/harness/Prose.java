package nianbao.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Prose for synthetic reports, drawn sentence by sentence from pools, so reports differ the way real ones do
 * (real reports share phrases, rarely whole paragraphs) and similarity rules see realistic text.
 */
final class Prose {

    private static final List<String> OVERVIEW = List.of(
            "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神", "以提升政务公开质量为主线，持续加大公开力度",
            "聚焦重点领域信息公开，规范公开流程", "健全政务公开工作机制，明确专人负责", "严格执行保密审查和“三审三校”制度",
            "依托政府门户网站和政务新媒体拓展公开渠道", "围绕优化营商环境加强政策解读", "及时回应社会关切，做好舆情处置",
            "开展政府开放日活动，邀请群众代表走进机关", "推进基层政务公开标准化规范化建设", "完善依申请公开办理流程，严格落实答复时限",
            "加强政府信息管理，动态更新公开目录", "做好建议提案办理结果公开", "强化统计数据发布和解读",
            "规范行政规范性文件的制发和清理", "将政务公开纳入年度绩效考核");
    private static final List<String> PROBLEMS = List.of(
            "政策解读形式较为单一", "部分信息更新不够及时", "工作人员业务能力有待提升", "公开内容的针对性有待加强",
            "政务新媒体互动回应不够充分", "依申请公开答复的规范性有待提高", "基层公开标准目录落实不够到位");
    private static final List<String> MEASURES = List.of(
            "加强业务培训，提升队伍能力", "丰富图解、视频等解读形式", "建立信息更新台账，定期自查", "完善考核督办机制",
            "拓展公开渠道，提升用户体验", "规范依申请公开答复文书", "加强与上级部门的沟通衔接");

    private final Random random;

    Prose(Random random) {
        this.random = random;
    }

    String overview(String agency, int year) {
        return year + "年，" + agency + pick(OVERVIEW, 4) + "。";
    }

    String problems() {
        return "存在的主要问题：" + pick(PROBLEMS, 2) + "。下一步，将" + pick(MEASURES, 3) + "。";
    }

    String other(long serial) {
        return (random.nextBoolean() ? "本年度未收取信息处理费。" : "本年度没有收取政府信息公开信息处理费。")
                + "联系电话：" + (10_000_000 + Math.floorMod(serial * 7_919, 89_999_999)) + "。";
    }

    private String pick(List<String> pool, int count) {
        List<String> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        return String.join("；", shuffled.subList(0, count));
    }
}
