package nianbao.parser.corpus.families;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The prose of a generated report: the preface with its statistical period, the paragraphs of 一 (with figures that
 * repeat some of the tables' numbers, and other years), 五 and 六, and the sentences naming the drafting office.
 */
final class Narrative {

    private final Random random;
    private final Agency agency;
    private final int year;
    /** Spaces around numbers, as PDF text extraction leaves them ("2024 年 1 月 1 日"). */
    private final String gap;

    Narrative(Random random, Agency agency, int year) {
        this.random = random;
        this.agency = agency;
        this.year = year;
        this.gap = random.nextInt(3) == 0 ? " " : "";
    }

    /** The preface: legal basis, statistical period and contact; names the agency unless {@code anonymous}. */
    List<String> preface(boolean namesAgency, String titleForQuote) {
        List<String> paragraphs = new ArrayList<>();
        String basis = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发"
                + "〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30" + gap + "号）要求，";
        String who = namesAgency ? pick("由" + agency.office() + "编制本报告。", "编制本报告。",
                "现发布《" + titleForQuote + "》。") : "编制本报告。";
        paragraphs.add(basis + who + period() + contact(namesAgency));
        return paragraphs;
    }

    private String period() {
        String y = gap + year + gap;
        return switch (random.nextInt(4)) {
            case 0 -> "本报告中所列数据的统计期限自" + y + "年" + gap + "1" + gap + "月" + gap + "1" + gap + "日起至" + y + "年"
                    + gap + "12" + gap + "月" + gap + "31" + gap + "日止。";
            case 1 -> "本报告统计数据从" + y + "年" + gap + "1" + gap + "月" + gap + "1" + gap + "日至" + gap + "12" + gap + "月"
                    + gap + "31" + gap + "日。";
            case 2 -> "报告所列统计期限自" + y + "年 1 月 1 日至" + y + "年 12 月 31 日。";
            default -> "本年度报告中所列数据的统计周期为" + y + "年1月1日至12月31日。";
        };
    }

    private String contact(boolean namesAgency) {
        String whom = namesAgency ? agency.office() : "我单位";
        return "如对本报告有疑问，请与" + whom + "联系（地址：人民路" + (1 + random.nextInt(300)) + "号，邮编："
                + (100000 + random.nextInt(800000)) + "，电话：0" + (10 + random.nextInt(900)) + "-" + (6000000 + random.nextInt(3000000))
                + "）。";
    }

    /** Section 一: sub-headed paragraphs, some repeating figures of the tables. */
    List<String> overview(long received, long carried, long reviews, long published) {
        List<String> p = new ArrayList<>();
        p.add(pick("我单位坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，认真贯彻《条例》，"
                        + "持续深化政务公开，切实保障人民群众的知情权、参与权、表达权和监督权。",
                year + "年，在上级的坚强领导下，我单位紧紧围绕中心工作，扎实推进政府信息公开工作，各项工作取得新成效。"));
        p.add("（一）主动公开政府信息情况");
        p.add(year + gap + "年，通过政府门户网站主动公开各类政府信息" + gap + published + gap + "条，较" + (year - 1)
                + "年增长" + (1 + random.nextInt(30)) + "%，其中政策文件" + (1 + random.nextInt(40)) + "件，政策解读"
                + (1 + random.nextInt(30)) + "篇。");
        p.add("（二）依申请公开情况");
        p.add(pick("全年共收到政府信息公开申请" + gap + received + gap + "件，上年结转" + carried + "件，均在法定期限内予以答复。",
                year + "年，共受理政府信息公开申请" + received + "件，办结率100%。"));
        if (reviews > 0) {
            p.add("全年发生政府信息公开行政复议" + reviews + "件，未发生因政府信息公开引起的重大舆情。");
        }
        p.add("（三）政府信息管理情况");
        p.add("严格落实“先审查、后公开”和“一事一审”制度，动态更新政府信息公开指南和目录，及时清理过时信息。");
        p.add("（四）政府信息公开平台建设情况");
        p.add("持续优化政府网站政府信息公开专栏，全年更新栏目" + (3 + random.nextInt(40)) + "个，政务新媒体发布信息"
                + (10 + random.nextInt(900)) + "条。");
        p.add("（五）监督保障情况");
        p.add("将政务公开工作纳入年度绩效考核，全年组织培训" + (1 + random.nextInt(6)) + "次，未发生责任追究情况。");
        return p;
    }

    List<String> problems() {
        return List.of(pick("一是主动公开的深度和广度还需拓展；二是政策解读形式较为单一。",
                        "政务公开工作人员多为兼职，业务水平有待提升；公开内容的规范性仍需加强。"),
                (year + 1) + "年，我们将进一步加强政策解读和培训，提升政府信息公开工作质效。");
    }

    List<String> other(long feeYuan) {
        return List.of(feeYuan == 0
                        ? pick("本年度未收取信息处理费。", "按照《政府信息公开信息处理费管理办法》，" + year + "年未产生信息处理费。")
                        : year + "年共收取信息处理费" + feeYuan + "元。",
                pick("无其他需要报告的事项。", "本年度无其他需要报告的事项。"));
    }

    /** The signature and date under the report, in the year after the statistical year. */
    List<String> signature(String signer) {
        String date = random.nextBoolean()
                ? (year + 1) + "年" + (1 + random.nextInt(3)) + "月" + (1 + random.nextInt(28)) + "日"
                : chineseYear(year + 1) + "年" + List.of("一", "二", "三").get(random.nextInt(3)) + "月"
                        + List.of("五", "十", "十八", "二十", "二十六").get(random.nextInt(5)) + "日";
        return List.of(signer, date);
    }

    static String chineseYear(int year) {
        String digits = "〇一二三四五六七八九";
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(year).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
