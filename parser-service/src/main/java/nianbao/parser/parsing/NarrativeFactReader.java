package nianbao.parser.parsing;

import nianbao.parser.model.NarrativeFact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the numbers a report states in prose (收到申请 7 件, 予以公开 2 件, 结转 5 件, 行政复议 1 件…) and the
 * statements that stand for zero (未收到…申请), with the sentence each came from, for the narrative-versus-table rules.
 */
public final class NarrativeFactReader {

    /** A kind of fact and the patterns that state it; group 1 is the number, absent for statements of zero. */
    private record FactPattern(String kind, String required, Pattern pattern, boolean zero) {
    }

    private static final List<FactPattern> PATTERNS = List.of(
            new FactPattern("applicationsReceived", "申请", Pattern.compile("(?:收到|新收|受理)[^。;,，、]{0,16}?申请[^0-9。;,，]{0,6}?(\\d+)(?:件|个|条)"), false),
            new FactPattern("applicationsReceived", "依申请公开", Pattern.compile("收到依申请公开[^0-9。;]{0,6}?(\\d+)件"), false),
            new FactPattern("applicationsReceived", "申请", Pattern.compile("(?:未|没有)(?:收到|受理)[^。;]{0,20}?申请"), true),
            new FactPattern("applicationsReceived", "无依申请公开", Pattern.compile("无依申请公开"), true),
            new FactPattern("granted", "予以公开", Pattern.compile("予以公开[^0-9。;,，]{0,4}?(\\d+)件"), false),
            new FactPattern("partiallyGranted", "部分公开", Pattern.compile("部分公开[^0-9。;,，]{0,4}?(\\d+)件"), false),
            new FactPattern("carriedForward", "结转", Pattern.compile("结转(?:下年度|下一年度|至下年度?|下年)[^0-9。;,，]{0,8}?(\\d+)件"), false),
            new FactPattern("reviews", "行政复议", Pattern.compile("行政复议(?:案件|申请)?[^0-9。;,，]{0,4}?(\\d+)(?:件|起)"), false),
            new FactPattern("reviews", "行政复议", Pattern.compile("(?:未|没有|无|不存在)(?:发生|收到)?[^。;]{0,6}?行政复议"), true),
            new FactPattern("lawsuits", "行政诉讼", Pattern.compile("行政诉讼(?:案件)?[^0-9。;,，]{0,4}?(\\d+)(?:件|起)"), false),
            new FactPattern("lawsuits", "行政诉讼", Pattern.compile("(?:未|没有|无|不存在)(?:发生|收到)?[^。;]{0,6}?(?:行政复议[与和及、]?)?行政诉讼"), true),
            new FactPattern("allConcluded", "办结", Pattern.compile("(?:均|全部|均已|已全部)(?:按时|依法)?办结"), true));

    /** {@link #PATTERNS} as an array, walked by index for every sentence. */
    private static final FactPattern[] PATTERN_ARRAY = PATTERNS.toArray(new FactPattern[0]);

    private NarrativeFactReader() {
    }

    /**
     * The text split at 。, ;, ； and line breaks, as {@code text.split("[。;；\\n]")} splits it (trailing empty pieces
     * dropped, the whole text when it has no such character), by a char loop.
     */
    static List<String> sentences(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == ';' || c == '；' || c == '\n') {
                pieces.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (pieces.isEmpty()) {
            return List.of(text);
        }
        pieces.add(text.substring(start));
        int size = pieces.size();
        while (size > 0 && pieces.get(size - 1).isEmpty()) {
            size--;
        }
        return pieces.subList(0, size);
    }

    public static List<NarrativeFact> read(int section, String text) {
        List<NarrativeFact> facts = new ArrayList<>();
        if (text == null) {
            return facts;
        }
        List<String> sentences = sentences(text);
        // one matcher per pattern for the whole text, reset for each sentence that names the pattern's word
        Matcher[] matchers = new Matcher[PATTERN_ARRAY.length];
        for (int s = 0; s < sentences.size(); s++) {
            String sentence = sentences.get(s);
            String normalized = Labels.normalize(sentence);
            if (normalized.isEmpty()) {
                continue;
            }
            for (int p = 0; p < PATTERN_ARRAY.length; p++) {
                FactPattern fact = PATTERN_ARRAY[p];
                if (!normalized.contains(fact.required())) {
                    continue;
                }
                Matcher m = matchers[p] == null ? (matchers[p] = fact.pattern().matcher(normalized)) : matchers[p].reset(normalized);
                if (m.find()) {
                    BigDecimal value = fact.zero() ? (fact.kind().equals("allConcluded") ? BigDecimal.ONE : BigDecimal.ZERO)
                            : new BigDecimal(m.group(1));
                    if (facts.stream().noneMatch(f -> f.kind().equals(fact.kind()) && f.sentence().equals(sentence.strip()))) {
                        facts.add(new NarrativeFact(fact.kind(), value, section, sentence.strip()));
                    }
                }
            }
        }
        return facts;
    }
}
