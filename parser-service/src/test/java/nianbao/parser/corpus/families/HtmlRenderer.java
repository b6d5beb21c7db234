package nianbao.parser.corpus.families;

import java.util.List;
import java.util.Random;

/**
 * Web pages. {@link Skin#PLAIN}: a site's article page with plain {@code <table border=1>} tables (model: 001 and
 * 003.html). {@link Skin#WORD_CMS} (family 2): a government CMS page (model: 002.html) — charset only in the
 * http-equiv meta, title and body in {@code <ucaptitle>} / {@code <ucapcontent>}, Word-exported tables
 * ({@code MsoNormalTable}, {@code <p class=MsoNormal>}, digits split over spans, a cell's text in several
 * paragraphs, {@code &nbsp;} padding, spacer rows), a layout table around the report, an information-index table
 * before it, styles and scripts in the body, navigation and other years' reports around it.
 */
final class HtmlRenderer {

    enum Skin { PLAIN, WORD_CMS }

    private final ReportContent content;
    private final Random random;
    private final Skin skin;
    private final boolean mergeGroupCells;
    private final StringBuilder out = new StringBuilder();
    /** How each label text is cut into paragraphs, the same in every cell that prints it. */
    private final java.util.Map<String, List<String>> splitLabels = new java.util.HashMap<>();
    /** Whether a cell's lines are {@code <br/>}-separated in one paragraph (003.html) rather than paragraphs. */
    private final boolean lineBreaks;

    private HtmlRenderer(ReportContent content, Random random, Skin skin, boolean mergeGroupCells) {
        this.content = content;
        this.random = random;
        this.skin = skin;
        this.mergeGroupCells = mergeGroupCells;
        this.lineBreaks = random.nextInt(4) == 0;
    }

    static String render(ReportContent content, Random random, Skin skin, boolean mergeGroupCells) {
        return new HtmlRenderer(content, random, skin, mergeGroupCells).page();
    }

    private String page() {
        String title = String.join("", content.titleLines());
        String published = (content.year() + 1) + "-0" + (1 + random.nextInt(3)) + "-" + (10 + random.nextInt(18));
        if (skin == Skin.PLAIN) {
            out.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(escape(title))
                    .append("_政府信息公开年报</title></head>\n<body><div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a>"
                            + " &gt; 政府信息公开年报</div>\n<div class=\"article\"><div class=\"article_title\">");
            out.append(escape(String.join(" ", content.titleLines()))).append("</div>\n<div class=\"info\">发布时间：")
                    .append(published).append("</div>\n<div class=\"TRS_Editor\">");
            body();
            out.append("</div></div>\n<div class=\"footer\">主办单位：").append(escape(content.agency()))
                    .append(" 网站标识码：3208000001</div></body></html>\n");
            return out.toString();
        }
        out.append("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n<title>")
                .append(escape(title)).append("_政务公开_").append(escape(siteName())).append("</title>\n");
        if (random.nextBoolean()) {
            out.append("<meta name=\"ArticleTitle\" content=\"").append(escape(title)).append("\">\n<meta name=\"PubDate\" content=\"")
                    .append(published).append(" 09:30\">\n");
        }
        out.append("<link rel=\"stylesheet\" href=\"/images/style.css\">\n<script src=\"/js/jquery.min.js\"></script>\n</head>\n")
                .append("<body>\n<div class=\"top\"><ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li>"
                        + "<li><a href=\"/hdjl/\">互动交流</a></li><li><a href=\"/bsfw/\">办事服务</a></li></ul></div>\n")
                .append("<script type=\"text/javascript\">var _hmt = _hmt || []; var column = '政府信息公开年报';"
                        + " document.write('<span class=\"date\">' + new Date().getFullYear() + '</span>');</script>\n")
                .append("<style>.MsoNormal{margin:0cm;font-size:10.5pt} ucapcontent p{line-height:28pt}</style>\n");
        if (random.nextBoolean()) {
            indexTable(title, published);
        }
        out.append("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" class=\"main\"><tr><td valign=\"top\">\n")
                .append("<div class=\"bt\"><ucaptitle>").append(escape(title)).append("</ucaptitle></div>\n")
                .append("<div class=\"xx\"><span>发布时间：").append(published).append("</span><span>来源：")
                .append(escape(content.agency())).append("</span><span>浏览次数：<script>getHits('")
                .append(random.nextInt(90000)).append("');</script></span></div>\n")
                .append("<div id=\"zoom\"><ucapcontent>\n");
        body();
        out.append("</ucapcontent></div>\n</td></tr></table>\n");
        if (random.nextBoolean()) {
            out.append("<div class=\"related\"><h3>相关年报</h3><ul>");
            for (int y = content.year() - 1; y >= content.year() - 3; y--) {
                out.append("<li><a href=\"/zwgk/nb/").append(y).append(".html\">").append(escape(content.agency())).append(y)
                        .append("年政府信息公开工作年度报告</a><span>").append(y + 1).append("-01-2").append(y % 10).append("</span></li>");
            }
            out.append("</ul></div>\n");
        }
        out.append("<div class=\"foot\"><p>主办：").append(escape(siteName())).append(" 备案号：苏ICP备05009876号-1</p>"
                + "<script>var _maq = []; (function(){ var ma = document.createElement('script'); })();</script></div>\n</body>\n</html>\n");
        return out.toString();
    }

    private String siteName() {
        return content.agency().replaceAll("(办公室|局|委员会|委|厅)$", "") + "门户网站";
    }

    private void indexTable(String title, String published) {
        out.append("<table class=\"xxgk_table\" width=\"100%\"><tr><td>索引号：</td><td>")
                .append(String.format("%09d", random.nextInt(1_000_000_000))).append('/').append(content.year() + 1).append('-')
                .append(String.format("%05d", random.nextInt(100_000))).append("</td><td>分类：</td><td>政府信息公开年报</td></tr>")
                .append("<tr><td>发布机构：</td><td>").append(escape(content.agency())).append("</td><td>发文日期：</td><td>")
                .append(published).append("</td></tr><tr><td>名称：</td><td colspan=\"3\">").append(escape(title))
                .append("</td></tr></table>\n");
    }

    private void body() {
        if (content.titleLines().size() > 1 && skin == Skin.PLAIN) {
            content.titleLines().forEach(l -> paragraph(l, true));
        }
        content.preface().forEach(p -> paragraph(p, false));
        for (Section section : content.sections()) {
            paragraph(section.heading(), true);
            section.paragraphs().forEach(p -> paragraph(p, false));
            for (Table table : section.tables()) {
                table(TableGrids.grid(table, content, mergeGroupCells));
            }
        }
        content.closing().forEach(p -> paragraph(p, false));
    }

    private void paragraph(String text, boolean heading) {
        if (skin == Skin.PLAIN) {
            out.append("<p>").append(escape(text)).append("</p>\n");
            return;
        }
        out.append("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>");
        if (heading) {
            out.append("<b><span style='font-size:16.0pt;font-family:黑体'>").append(escape(text)).append("</span></b>");
        } else {
            out.append(wordRuns(text, "font-size:16.0pt;font-family:仿宋_GB2312"));
        }
        out.append("<span lang=EN-US><o:p></o:p></span></p>\n");
    }

    /** Text as Word exports it: runs of Chinese and of digits in separate spans, cut at random places. */
    private String wordRuns(String text, String style) {
        StringBuilder runs = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            boolean ascii = text.charAt(start) < 128;
            int end = start + 1;
            while (end < text.length() && (text.charAt(end) < 128) == ascii && (ascii || random.nextInt(25) > 0)) {
                end++;
            }
            runs.append(ascii ? "<span lang=EN-US style='" + style + "'>" : "<span style='" + style + "'>")
                    .append(escape(text.substring(start, end))).append("</span>");
            start = end;
        }
        return runs.toString();
    }

    private void table(List<GridRow> grid) {
        if (skin == Skin.PLAIN) {
            out.append("<table border=\"1\" cellspacing=\"0\"><tbody>\n");
            for (GridRow row : grid) {
                out.append("<tr>");
                for (GridCell cell : row.cells()) {
                    out.append("<td").append(spans(cell)).append('>').append(plainCell(cell)).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody></table>\n");
            return;
        }
        out.append("<div align=center><table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=605 style='width:453.6pt;"
                + "border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>\n");
        int index = 0;
        for (GridRow row : grid) {
            out.append(" <tr style='mso-yfti-irow:").append(index++).append(";height:24.75pt'>\n");
            for (GridCell cell : row.cells()) {
                out.append("  <td width=").append(40 + random.nextInt(80)).append(spans(cell))
                        .append(" valign=center style='border:solid windowtext 1.0pt;border-top:none;mso-border-alt:solid windowtext .5pt;"
                                + "padding:0cm 5.4pt 0cm 5.4pt;height:24.75pt'>\n  ")
                        .append(wordCell(cell)).append("</td>\n");
            }
            out.append(" </tr>\n");
        }
        if (random.nextInt(3) == 0) {
            out.append(" <tr style='height:6.0pt'><td colspan=15 style='border:none'><p class=MsoNormal><span lang=EN-US>&nbsp;</span></p></td></tr>\n");
        }
        out.append(" <![if !supportMisalignedColumns]>\n <tr height=0>");
        for (int i = 0; i < 10; i++) {
            out.append("<td width=").append(40 + random.nextInt(60)).append(" style='border:none'></td>");
        }
        out.append("</tr>\n <![endif]>\n</table></div>\n<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>\n");
    }

    private static String spans(GridCell cell) {
        return (cell.rowspan() > 1 ? " rowspan=" + cell.rowspan() : "") + (cell.colspan() > 1 ? " colspan=" + cell.colspan() : "");
    }

    private String plainCell(GridCell cell) {
        String text = cell.text();
        if (cell.role() == GridCell.Role.VALUE || text.isEmpty()) {
            return escape(valueText(cell));
        }
        List<String> pieces = splitLabels.computeIfAbsent(text, this::pieces);
        if (pieces.size() > 1 && lineBreaks) {
            return "<p>" + String.join("<br/>", pieces.stream().map(HtmlRenderer::escape).toList()) + "</p>";
        }
        StringBuilder html = new StringBuilder();
        pieces.forEach(p -> html.append("<p>").append(escape(p)).append("</p>"));
        return html.toString();
    }

    /**
     * A label's text as the paragraphs its cell holds: whole, one character per paragraph (the vertical group
     * label), or cut in two or three after its enumerator, as an author pressing Enter in a narrow cell does.
     */
    private List<String> pieces(String text) {
        if (text.equals(LabelSet.APPLICATIONS_GROUP) && random.nextBoolean()) {
            return text.chars().mapToObj(c -> String.valueOf((char) c)).toList();
        }
        int protectedPrefix = LabelSet.enumeratorLength(text);
        int room = text.length() - protectedPrefix;
        if (room < 4 || random.nextInt(3) > 0) {
            return List.of(text);
        }
        int parts = 2 + random.nextInt(room >= 9 ? 2 : 1);
        List<String> pieces = new java.util.ArrayList<>();
        int size = (room + parts - 1) / parts;
        int start = 0;
        int cut = protectedPrefix + size;
        while (cut < text.length()) {
            pieces.add(text.substring(start, cut));
            start = cut;
            cut += size;
        }
        pieces.add(text.substring(start));
        return pieces;
    }


    private String wordCell(GridCell cell) {
        String style = "font-size:10.5pt;font-family:仿宋_GB2312";
        String text = cell.text();
        if (cell.role() == GridCell.Role.VALUE) {
            text = valueText(cell);
            String inner;
            if (text.length() >= 2 && random.nextInt(3) == 0) {
                int cut = 1 + random.nextInt(text.length() - 1);
                inner = "<span lang=EN-US style='" + style + "'>" + escape(text.substring(0, cut)) + "</span><span lang=EN-US style='"
                        + style + "'>" + escape(text.substring(cut)) + "</span>";
            } else {
                inner = "<span lang=EN-US style='" + style + "'>" + escape(text) + "</span>";
            }
            String pad = random.nextInt(4) == 0 ? "&nbsp;" : "";
            return "<p class=MsoNormal align=center style='text-align:center'>" + pad + inner + pad
                    + "<span lang=EN-US><o:p></o:p></span></p>\n";
        }
        if (text.isEmpty()) {
            return "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n";
        }
        StringBuilder html = new StringBuilder();
        for (String piece : splitLabels.computeIfAbsent(text, this::pieces)) {
            html.append("<p class=MsoNormal align=center style='text-align:center;line-height:15.0pt'>")
                    .append(wordRuns(piece, style)).append(random.nextInt(5) == 0 ? "<span lang=EN-US>&nbsp;</span>" : "")
                    .append("<span lang=EN-US><o:p></o:p></span></p>\n");
        }
        return html.toString();
    }

    private String valueText(GridCell cell) {
        return cell.role() == GridCell.Role.VALUE && content.options().fullWidthDigits() ? Digits.fullWidth(cell.text()) : cell.text();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
