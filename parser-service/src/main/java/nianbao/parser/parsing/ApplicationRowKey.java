package nianbao.parser.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The rows of table 三 with their contract paths and the words that identify each row's label. Labels are
 * matched by meaning, tolerant of wording variants, on normalized text; a label matching two rows is ambiguous.
 */
public enum ApplicationRowKey {
    NEW_RECEIVED("newReceived", "本年新收"),
    CARRIED_OVER("carriedOver", "上年结转", "上一年结转", "上年度结转"),
    GRANTED("granted", "予以公开"),
    PARTIALLY_GRANTED("partiallyGranted", "部分公开"),
    STATE_SECRET("denied.stateSecret", "国家秘密"),
    PROHIBITED_BY_LAW("denied.prohibitedByLaw", "禁止公开"),
    ENDANGERS_SAFETY_STABILITY("denied.endangersSafetyStability", "三安全一稳定", "危及"),
    THIRD_PARTY_RIGHTS("denied.thirdPartyRights", "第三方"),
    INTERNAL_AFFAIRS("denied.internalAffairs", "内部事务"),
    PROCESS_INFORMATION("denied.processInformation", "过程性"),
    ENFORCEMENT_FILES("denied.enforcementFiles", "执法案卷"),
    ADMINISTRATIVE_QUERY("denied.administrativeQuery", "行政查询"),
    NOT_HELD("unableToProvide.notHeld", "不掌握"),
    NEEDS_CREATION("unableToProvide.needsCreation", "另行制作", "没有现成"),
    UNCLEAR_AFTER_CORRECTION("unableToProvide.unclearAfterCorrection", "仍不明确"),
    COMPLAINT_PETITION("notProcessed.complaintPetition", "信访", "举报投诉"),
    DUPLICATE("notProcessed.duplicate", "重复申请"),
    PUBLICATION("notProcessed.publication", "出版物"),
    MASS_REPEATED("notProcessed.massRepeated", "大量反复"),
    CONFIRMATION("notProcessed.confirmation", "重新出具", "确认或"),
    OVERDUE_CORRECTION("otherHandling.overdueCorrection", "逾期不补正"),
    UNPAID_FEE("otherHandling.unpaidFee", "缴纳费用", "收费通知"),
    OTHER_HANDLING_OTHER("otherHandling.other"),
    OTHER_HANDLING_COMBINED("otherHandling.combined"),
    TOTAL_HANDLED("totalHandled"),
    CARRIED_FORWARD("carriedForward", "结转下年度", "结转下一年度", "结转下年", "继续办理");

    /** Leading numbering of a label: "三、", "(六)", "3.", "（七）" after normalization. */
    private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|\\d+[.、])+");

    private static final String GROUP_HEADING_TEXT = "本年度办理结果";
    private static final Pattern GROUP_HEADING = Pattern.compile("^" + GROUP_HEADING_TEXT);
    private static final String OTHER_HANDLING = "其他处理";
    private static final String CHINESE_NUMERALS = "一二三四五六七八九十";
    private static final Pattern OTHER_HANDLING_PREFIX = Pattern.compile("^其他处理(?=\\(?[0-9一二三四五六七八九十])");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\(?[0-9一二三四五六七八九十]+[).、]?");

    private static final ApplicationRowKey[] KEYS = values();

    private final String path;
    private final List<String> words;

    ApplicationRowKey(String path, String... words) {
        this.path = path;
        this.words = List.of(words);
    }

    public String path() {
        return path;
    }

    /** The rows a normalized label names: usually one; none for text that is no row; two or more = ambiguous. */
    public static List<ApplicationRowKey> match(String label) {
        List<ApplicationRowKey> known = MATCHED.get(label);
        if (known != null) {
            return known;
        }
        List<ApplicationRowKey> matches = List.copyOf(matchWords(label));
        if (MATCHED.size() < MATCH_CACHE_SIZE && label.length() <= MAX_CACHED_LABEL) {
            MATCHED.put(label, matches);
        }
        return matches;
    }

    /**
     * Labels recur from report to report (the standard table prints the same 25), so what each names is kept; the
     * cache stops growing at a bound, so hostile labels cannot fill the heap.
     */
    private static final Map<String, List<ApplicationRowKey>> MATCHED = new ConcurrentHashMap<>();
    private static final int MATCH_CACHE_SIZE = 20_000;
    private static final int MAX_CACHED_LABEL = 120;

    private static List<ApplicationRowKey> matchWords(String label) {
        List<ApplicationRowKey> matches = new ArrayList<>(1);
        for (ApplicationRowKey key : KEYS) {
            for (String word : key.words) {
                if (label.contains(word)) {
                    matches.add(key);
                    break;
                }
            }
        }
        if (!matches.isEmpty()) {
            return matches;
        }
        String bare = withoutNumbering(label);
        if (bare.equals("总计") || bare.equals("合计")) {
            return List.of(TOTAL_HANDLED);
        }
        if (bare.equals("其他")) {
            return List.of(OTHER_HANDLING_OTHER);
        }
        if (bare.equals("其他处理")) {
            return List.of(OTHER_HANDLING_COMBINED);
        }
        if (bare.equals("其他处理其他")) {
            return List.of(OTHER_HANDLING_OTHER);
        }
        return List.of();
    }

    /** The label without its numbering and the group heading that some layouts repeat in every row. */
    static String withoutNumbering(String label) {
        String bare = label;
        String previous;
        do {
            previous = bare;
            if (mayStartWithNumber(bare)) {
                bare = NUMBERING.matcher(bare).replaceFirst("");
            }
            if (bare.startsWith(GROUP_HEADING_TEXT)) {
                bare = GROUP_HEADING.matcher(bare).replaceFirst("");
            }
        } while (!bare.equals(previous));
        if (bare.startsWith(OTHER_HANDLING)) {
            bare = OTHER_HANDLING_PREFIX.matcher(bare).replaceFirst("");
        }
        return mayStartWithNumber(bare) ? ITEM_NUMBER.matcher(bare).replaceFirst("") : bare;
    }

    /**
     * Whether the text starts as any numbering does (a digit, a Chinese numeral or a parenthesis): the numbering
     * patterns, anchored at the start, cannot match any other text, so most labels skip them.
     */
    static boolean mayStartWithNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '(' || (c >= '0' && c <= '9') || CHINESE_NUMERALS.indexOf(c) >= 0;
    }
}
