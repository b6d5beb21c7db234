package nianbao.parser.parsing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.region.RegionResolver;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A report as a government website publishes it: navigation and scripts around it, table 三 with rowspan and
 * colspan label cells, Word-style span fragments inside cells, and numbers in every row.
 */
class HtmlReportTest {

    private static final ReportParser PARSER = new ReportParser(RegionResolver.load());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Label cells of table 三: (group, rowspan of the group cell or 0 when spanned, label). */
    private static final List<String[]> ROWS = List.of(
            new String[] {"newReceived", "一、本年新收政府信息公开申请数量"},
            new String[] {"carriedOver", "二、上年结转政府信息公开申请数量"},
            new String[] {"granted", "（一）予以公开"},
            new String[] {"partiallyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
            new String[] {"denied.stateSecret", "1.属于国家秘密"},
            new String[] {"denied.prohibitedByLaw", "2.其他法律行政法规禁止公开"},
            new String[] {"unableToProvide.notHeld", "1.本机关不掌握相关政府信息"},
            new String[] {"notProcessed.duplicate", "2.重复申请"},
            new String[] {"otherHandling.other", "3.其他"},
            new String[] {"totalHandled", "（七）总计"},
            new String[] {"carriedForward", "四、结转下年度继续办理"});

    @Test
    void tablesAreReadWithTheirCellStructureFromAWebPage() {
        ParsedReport report = PARSER.parseHtml("html-1", page(), null);
        JsonNode json = JSON.valueToTree(report);

        assertThat(report.agency()).isEqualTo("卫滨区商务局");
        assertThat(report.year()).isEqualTo(2024);
        assertThat(report.sections()).extracting(s -> s.number()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(json.at("/activeDisclosure/normativeDocuments/inForce").asInt()).isEqualTo(8);
        assertThat(json.at("/activeDisclosure/feesTenThousandYuan").decimalValue()).isEqualByComparingTo("4068.208");
        for (int i = 0; i < ROWS.size(); i++) {
            JsonNode row = json.at("/applications/" + ROWS.get(i)[0].replace('.', '/'));
            assertThat(row.get("naturalPerson").asInt()).as(ROWS.get(i)[0]).isEqualTo(i + 1);
            assertThat(row.get("other").asInt()).as(ROWS.get(i)[0]).isEqualTo(i);
            assertThat(row.get("total").asInt()).as(ROWS.get(i)[0]).isEqualTo(2 * i + 1);
        }
        assertThat(json.at("/reviewsAndLawsuits/review/corrected").asInt()).isEqualTo(2);
        assertThat(json.at("/reviewsAndLawsuits/lawsuitAfterReview/total").asInt()).isEqualTo(15);
    }

    @Test
    void nestedAndScriptedPagesAreReadAndTooDeepOnesRefused() {
        String nested = "<div>".repeat(200) + "中卫市商务局2025年政府信息公开工作年度报告" + "</div>".repeat(200);
        String tooDeep = "<div>".repeat(200_000) + "中卫市商务局2025年政府信息公开工作年度报告" + "</div>".repeat(200_000);
        String scripted = "<html><body><script>alert('一、总体情况')</script><h1>中卫市商务局2025年政府信息公开工作年度报告</h1>"
                + "<table><tr><td rowspan=999999999 colspan=999999999>规章</td><td>1</td></tr></table></body></html>";

        assertThat(PARSER.parseHtml("nested", nested, null).agency()).isEqualTo("中卫市商务局");
        assertThatThrownBy(() -> PARSER.parseHtml("too deep", tooDeep, null))
                .isInstanceOf(OverLimit.class).hasMessageStartingWith("over limit: element nesting depth");
        ParsedReport report = PARSER.parseHtml("scripted", scripted, null);
        assertThat(report.agency()).isEqualTo("中卫市商务局");
        assertThat(report.sections()).isEmpty();
    }

    private static String page() {
        StringBuilder t3 = new StringBuilder("<table border=1>"
                + "<tr><td colspan=3 rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=7>申请人情况</td></tr>"
                + "<tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>"
                + "<tr><td>商业<span>企业</span></td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>");
        for (int i = 0; i < ROWS.size(); i++) {
            String key = ROWS.get(i)[0];
            String label = "<span style='font-family:仿宋'>" + ROWS.get(i)[1].substring(0, 2) + "</span><span>" + ROWS.get(i)[1].substring(2) + "</span>";
            t3.append("<tr>");
            if (key.equals("newReceived") || key.equals("carriedOver") || key.equals("carriedForward")) {
                t3.append("<td colspan=3>").append(label).append("</td>");
            } else if (key.equals("granted")) {
                t3.append("<td rowspan=8>三、本年度办理结果</td><td colspan=2>").append(label).append("</td>");
            } else if (key.equals("partiallyGranted") || key.equals("totalHandled")) {
                t3.append("<td colspan=2>").append(label).append("</td>");
            } else {
                String group = key.startsWith("denied") ? "（三）不予公开" : key.startsWith("unable") ? "（四）无法提供"
                        : key.startsWith("notProcessed") ? "（五）不予处理" : "（六）其他处理";
                boolean first = !key.equals("denied.prohibitedByLaw");
                if (first) {
                    t3.append("<td rowspan=").append(key.equals("denied.stateSecret") ? 2 : 1).append(">").append(group).append("</td>");
                }
                t3.append("<td>").append(label).append("</td>");
            }
            t3.append("<td>").append(i + 1).append("</td><td>0</td><td>0</td><td>0</td><td>0</td><td><span>")
                    .append(i).append("</span></td><td>").append(2 * i + 1).append("</td></tr>");
        }
        t3.append("</table>");
        return "<html><head><script>var nav='一、总体情况';</script><style>p{}</style></head><body>"
                + "<nav><a href='/'>首页</a> &gt; 政府信息公开年报</nav><div class='content'>"
                + "<h1>卫滨区商务局2024年政府信息公开工作年度报告</h1>"
                + "<p><strong>一、总体情况</strong></p><p>本报告统计数据从2024年1月1日至12月31日。</p>"
                + "<p>二、主动公开政府信息情况</p><table>"
                + "<tr><td colspan=4>第二十条第（一）项</td></tr>"
                + "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
                + "<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>1</td><td>4</td><td>8</td></tr>"
                + "<tr><td>行政许可</td><td colspan=3>24</td></tr><tr><td>行政处罚</td><td colspan=3>3</td></tr>"
                + "<tr><td>行政强制</td><td colspan=3>0</td></tr>"
                + "<tr><td>信息内容</td><td colspan=3>本年收费金额（单位：万元）</td></tr>"
                + "<tr><td>行政事业性收费</td><td colspan=3>4,068.208</td></tr></table>"
                + "<p>三、收到和处理政府信息公开申请情况</p>" + t3
                + "<p>四、政府信息公开行政复议、行政诉讼情况</p><table>"
                + "<tr><td colspan=5>行政复议</td><td colspan=10>行政诉讼</td></tr>"
                + "<tr><td rowspan=2>结果维持</td><td rowspan=2>结果纠正</td><td rowspan=2>其他结果</td><td rowspan=2>尚未审结</td>"
                + "<td rowspan=2>总计</td><td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr>"
                + "<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>"
                + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>"
                + "<tr><td>1</td><td>2</td><td>0</td><td>0</td><td>3</td><td>0</td><td>0</td><td>0</td><td>1</td><td>1</td>"
                + "<td>5</td><td>4</td><td>3</td><td>2</td><td>15</td></tr></table>"
                + "<p>五、存在的主要问题及改进情况</p><p>无。</p><p>六、其他需要报告的事项</p><p>未收取信息处理费。</p>"
                + "</div><footer>网站标识码 4107030001</footer></body></html>";
    }
}
