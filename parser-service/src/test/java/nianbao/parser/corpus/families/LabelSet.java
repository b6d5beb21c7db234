package nianbao.parser.corpus.families;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The labels one report prints in its tables: the 2021 format's wording with the variations real reports show
 * (half-width enumerators, "1、" numbering, 规范性文件, 结转下一年度, the short 部分公开, other quotation marks).
 */
public final class LabelSet {

    public static final String APPLICATIONS_GROUP = "三、本年度办理结果";
    public static final String CHECK_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    private static final List<String> SECTIONS = List.of("（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理");

    private static final java.util.regex.Pattern ENUMERATOR =
            java.util.regex.Pattern.compile("^([（(][一二三四五六七八九十][）)]\\s?|\\d[.、．]|[一二三四五六][、])");

    private final boolean halfWidthEnumerators;
    private final boolean spaceAfterEnumerator;
    private final String itemSeparator;
    private final Map<String, String> own = new HashMap<>();
    /** The table-二 label of 行政规范性文件 (or 规范性文件). */
    public final String normativeDocuments;

    private LabelSet(boolean halfWidth, boolean space, String itemSeparator, boolean shortNormative,
                     boolean nextYearWording, boolean shortPartial, boolean shortProhibited, String quotes) {
        this.halfWidthEnumerators = halfWidth;
        this.spaceAfterEnumerator = space;
        this.itemSeparator = itemSeparator;
        this.normativeDocuments = shortNormative ? "规范性文件" : "行政规范性文件";
        own.put("newReceived", "一、本年新收政府信息公开申请数量");
        own.put("carriedOver", "二、上年结转政府信息公开申请数量");
        own.put("granted", enumerator("一") + "予以公开");
        own.put("partiallyGranted", enumerator("二") + (shortPartial ? "部分公开" : "部分公开（区分处理的，只计这一情形，不计其他情形）"));
        items("denied", List.of("stateSecret", "prohibitedByLaw", "endangersSafetyStability", "thirdPartyRights",
                "internalAffairs", "processInformation", "enforcementFiles", "administrativeQuery"),
                List.of("属于国家秘密", shortProhibited ? "其他法律法规禁止公开" : "其他法律行政法规禁止公开",
                        "危及" + quotes.charAt(0) + "三安全一稳定" + quotes.charAt(1), "保护第三方合法权益", "属于三类内部事务信息",
                        "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"));
        items("unableToProvide", List.of("notHeld", "needsCreation", "unclearAfterCorrection"),
                List.of("本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"));
        items("notProcessed", List.of("complaintPetition", "duplicate", "publication", "massRepeated", "confirmation"),
                List.of("信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"));
        items("otherHandling", List.of("overdueCorrection", "unpaidFee", "other"),
                List.of("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"));
        own.put(Contract.COMBINED, enumerator("六") + "其他处理");
        own.put("totalHandled", enumerator("七") + "总计");
        own.put("carriedForward", nextYearWording ? "四、结转下一年度继续办理" : "四、结转下年度继续办理");
    }

    /** The wording of the 2021 format exactly as the national template prints it. */
    public static LabelSet standard() {
        return new LabelSet(false, false, ".", false, false, false, false, "“”");
    }

    /** The small variations of enumerators and numbering that any real report may show. */
    public static LabelSet typical(Random random) {
        int style = random.nextInt(10);
        return new LabelSet(style >= 6, style == 9, random.nextInt(4) == 0 ? "、" : ".", false, false, false,
                random.nextInt(8) == 0, "“”");
    }

    /** Every variation seen in real tables, each chosen at random (family 6). */
    public static LabelSet variant(Random random) {
        String[] separators = {".", "、", "．"};
        String[] quotes = {"“”", "\"\"", "“”", "‘’"};
        return new LabelSet(random.nextBoolean(), random.nextInt(3) == 0, separators[random.nextInt(3)],
                random.nextInt(3) != 0, random.nextBoolean(), random.nextInt(4) == 0, random.nextInt(3) == 0,
                quotes[random.nextInt(quotes.length)]);
    }

    /** The length of a label's enumerator ("（三）", "(三) ", "1.", "1、", "三、"), which layouts never cut. */
    public static int enumeratorLength(String text) {
        java.util.regex.Matcher m = ENUMERATOR.matcher(text);
        return m.find() ? m.end() : 0;
    }

    /** A row's own label: the text in its most specific label cell. */
    public String own(String key) {
        return own.get(key);
    }

    /**
     * How many label columns sit left of the row's own label: 0 for 一、二、四 (they span the label area), 1 for
     * （一）（二）（七） and a combined （六）, 2 for the numbered sub-rows of （三）…（六）.
     */
    public static int depth(String key) {
        if (key.equals("newReceived") || key.equals("carriedOver") || key.equals("carriedForward")) {
            return 0;
        }
        return key.contains(".") && !key.equals(Contract.COMBINED) ? 2 : 1;
    }

    /** The （三）…（六） label of a numbered sub-row's group, or null. */
    public String section(String key) {
        return depth(key) < 2 ? null : sectionOf(key.substring(0, key.indexOf('.')));
    }

    /** The （三）…（六） label of the rows whose keys start with {@code prefix} ("denied", …). */
    public String sectionOf(String prefix) {
        int index = List.of("denied", "unableToProvide", "notProcessed", "otherHandling").indexOf(prefix);
        return enumeratorLabel(SECTIONS.get(index));
    }

    public String group() {
        return APPLICATIONS_GROUP;
    }

    private String enumeratorLabel(String standardLabel) {
        return enumerator(standardLabel.substring(1, 2)) + standardLabel.substring(3);
    }

    private String enumerator(String numeral) {
        String e = halfWidthEnumerators ? "(" + numeral + ")" : "（" + numeral + "）";
        return spaceAfterEnumerator ? e + " " : e;
    }

    private void items(String prefix, List<String> keys, List<String> texts) {
        for (int i = 0; i < keys.size(); i++) {
            own.put(prefix + "." + keys.get(i), (i + 1) + itemSeparator + texts.get(i));
        }
    }
}
