package nianbao.harness;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic annual report in the 2021 format in one of the layouts agencies publish: tab-separated tables
 * (pasted from Word), markdown pipe tables, or a web page.
 */
final class ReportRenderer {

    enum Layout { TABS, MARKDOWN, HTML }

    private static final String[] ROW_LABELS = {
        "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果\t（一）予以公开",
        "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "\t（三）不予公开\t1.属于国家秘密", "\t\t2.其他法律行政法规禁止公开",
        "\t\t3.危及“三安全一稳定”", "\t\t4.保护第三方合法权益", "\t\t5.属于三类内部事务信息", "\t\t6.属于四类过程性信息",
        "\t\t7.属于行政执法案卷", "\t\t8.属于行政查询事项", "\t（四）无法提供\t1.本机关不掌握相关政府信息", "\t\t2.没有现成信息需要另行制作",
        "\t\t3.补正后申请内容仍不明确", "\t（五）不予处理\t1.信访举报投诉类申请", "\t\t2.重复申请", "\t\t3.要求提供公开出版物",
        "\t\t4.无正当理由大量反复申请", "\t\t5.要求行政机关确认或重新出具已获取信息",
        "\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "\t\t3.其他", "\t（七）总计",
        "四、结转下年度继续办理"};

    private ReportRenderer() {
    }

    static String render(String agency, int year, long serial, ReportNumbers n, Prose prose, Layout layout) {
        List<String> lines = new ArrayList<>();
        lines.add(agency + " " + year + " 年政府信息公开工作年度报告");
        lines.add("根据《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》"
                + "（国办公开办函〔2021〕30号）要求，现发布本报告。本报告统计数据从 " + year + " 年 1 月 1 日至 12 月 31 日。");
        lines.add("一、总体情况");
        lines.add(prose.overview(agency, year));
        lines.add(year + "年，共收到政府信息公开申请" + n.applications[0][6] + "件，予以公开" + n.applications[2][6] + "件。");
        lines.add("二、主动公开政府信息情况");
        lines.add("第二十条第（一）项\t\t\t");
        lines.add("信息内容\t本年制发件数\t本年废止件数\t现行有效件数");
        lines.add("规章\t" + n.active[0] + "\t" + n.active[1] + "\t" + n.active[2]);
        lines.add("行政规范性文件\t" + n.active[3] + "\t" + n.active[4] + "\t" + n.active[5]);
        lines.add("第二十条第（五）项\t\t\t");
        lines.add("信息内容\t本年处理决定数量\t\t");
        lines.add("行政许可\t" + n.active[6] + "\t\t");
        lines.add("第二十条第（六）项\t\t\t");
        lines.add("信息内容\t本年处理决定数量\t\t");
        lines.add("行政处罚\t" + n.active[7] + "\t\t");
        lines.add("行政强制\t" + n.active[8] + "\t\t");
        lines.add("第二十条第（八）项\t\t\t");
        lines.add("信息内容\t本年收费金额（单位：万元）\t\t");
        lines.add("行政事业性收费\t" + n.fees + "\t\t");
        lines.add("三、收到和处理政府信息公开申请情况");
        lines.add("(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\t");
        lines.add("\t\t自然人\t法人或其他组织\t\t\t\t\t\t");
        lines.add("\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t");
        for (int row = 0; row < ReportNumbers.ROWS; row++) {
            StringBuilder line = new StringBuilder(ROW_LABELS[row]);
            for (long value : n.applications[row]) {
                line.append('\t').append(value);
            }
            lines.add(line.toString());
        }
        lines.add("四、政府信息公开行政复议、行政诉讼情况");
        lines.add("行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t");
        lines.add("结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t");
        lines.add("\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计");
        StringBuilder reviews = new StringBuilder();
        for (long value : n.reviews) {
            reviews.append(reviews.isEmpty() ? "" : "\t").append(value);
        }
        lines.add(reviews.toString());
        lines.add("五、存在的主要问题及改进情况");
        lines.add(prose.problems());
        lines.add("六、其他需要报告的事项");
        lines.add(prose.other(serial));
        return switch (layout) {
            case TABS -> String.join("\n", lines) + "\n";
            case MARKDOWN -> markdown(lines);
            case HTML -> html(lines);
        };
    }

    private static String markdown(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean inTable = false;
        for (String line : lines) {
            if (line.indexOf('\t') < 0) {
                out.append(line.matches("^[一二三四五六]、.*") ? "## " : "").append(line).append("\n\n");
                inTable = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (!inTable) {
                out.append("|").append("---|".repeat(cells.length)).append('\n');
                inTable = true;
            }
        }
        return out.toString();
    }

    private static String html(List<String> lines) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
                + "<nav>首页 &gt; 政府信息公开年报</nav><div class='article'>");
        boolean inTable = false;
        for (String line : lines) {
            if (line.indexOf('\t') < 0) {
                out.append(inTable ? "</table>" : "").append("<p>").append(line).append("</p>");
                inTable = false;
                continue;
            }
            out.append(inTable ? "" : "<table border='1'>").append("<tr>");
            for (String cell : line.split("\t", -1)) {
                out.append("<td><span>").append(cell).append("</span></td>");
            }
            out.append("</tr>");
            inTable = true;
        }
        return out.append(inTable ? "</table>" : "").append("</div></body></html>").toString();
    }
}
