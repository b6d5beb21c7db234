package nianbao.parser.parsing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser's second round of speed work reads the text once where it was read several times (lines by a char loop,
 * tab cells by indexOf, a heading's shape once per row, a section's text sized once): each gives what the code it
 * replaced gives, checked here against that code.
 */
class StructuralFastPathsTest {

    private static final Random RANDOM = new Random(20261203L);
    private static final List<String> SEEDS = List.of("000_2f8ee6c9bd0fa497", "001_f44f10d947acded0",
            "002_e0a437375778a97d", "003_823561134eb090dd", "004_98d78a100eee2400");

    private static String randomText(String pool, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = RANDOM.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(pool.charAt(RANDOM.nextInt(pool.length())));
        }
        return text.toString();
    }

    private static String seed(String name) {
        try (InputStream in = StructuralFastPathsTest.class.getResourceAsStream("/seeds/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void tabCellsAreWhatSplittingAtTabsGives() {
        for (String line : new String[] {"\t", "a\t", "\ta", "a\t\tb", "\t\t\t", "规章\t0\t0\t0", "a\tb\t"}) {
            assertThat(TextDocumentReader.tabCells(line)).as(line).isEqualTo(Arrays.asList(line.split("\t", -1)));
        }
        for (int i = 0; i < 20_000; i++) {
            String line = randomText("\t\t 0１a规章", 12) + "\t" + randomText("\t 0a", 6);
            assertThat(TextDocumentReader.tabCells(line)).as(line).isEqualTo(Arrays.asList(line.split("\t", -1)));
        }
    }

    /** Each line String.lines() gives, read on its own, is the row the whole text gives for that line number. */
    @Test
    void linesAreWhatStringLinesGives() {
        List<String> texts = new ArrayList<>(List.of("", "\n", "\r", "\r\n", "a", "a\n", "a\r\nb", "a\r\rb\n\n", "\n\na\r"));
        for (String seed : SEEDS) {
            texts.add(seed(seed));
            texts.add(seed(seed).replace("\n", "\r\n"));
        }
        for (int i = 0; i < 3_000; i++) {
            texts.add(randomText("\n\r\r\n\t |a0规章一、总体情况—3—", 60));
        }
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            int number = 0;
            for (String line : text.lines().toList()) {
                number++;
                for (SourceRow row : TextDocumentReader.read(line)) {
                    expected.add(number + " " + row.kind() + " " + row.cells() + " " + row.text() + " " + row.positions());
                }
            }
            List<String> actual = TextDocumentReader.read(text).stream()
                    .map(row -> row.line() + " " + row.kind() + " " + row.cells() + " " + row.text() + " " + row.positions()).toList();
            assertThat(actual).as(text).isEqualTo(expected);
        }
    }

    @Test
    void sectionTextIsTheRowsStrippedOneALine() {
        String pool = " \t\u3000\u2003\u00a0a规章0\u001f";
        for (int i = 0; i < 5_000; i++) {
            List<SourceRow> rows = new ArrayList<>();
            int count = RANDOM.nextInt(6);
            for (int k = 0; k < count; k++) {
                String line = randomText(pool, 10);
                rows.add(RANDOM.nextBoolean() ? new SourceRow(k + 1, List.of(line), SourceRow.Kind.BLOCK)
                        : new SourceRow(k + 1, List.of(line.strip()), List.of(0), line, SourceRow.Kind.LINE));
            }
            SectionSpan span = new SectionSpan(1, "t", 0, 0, rows.size());
            StringBuilder expected = new StringBuilder();
            for (SourceRow row : rows) {
                if (!expected.isEmpty()) {
                    expected.append('\n');
                }
                expected.append(row.text().strip());
            }
            assertThat(ReportParser.textOf(rows, span)).isEqualTo(expected.toString());
        }
    }

    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十])[、.,:]?(.{2,40})$");
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final List<List<String>> TITLE_WORDS = List.of(List.of("总体情况", "总体"), List.of("主动公开"),
            List.of("收到和处理", "依申请", "申请情况"), List.of("行政复议", "行政诉讼"),
            List.of("存在的主要问题", "存在主要问题", "主要问题", "问题及改进", "改进情况"), List.of("其他需要报告", "其他事项", "需要报告"));
    private static final List<String> STANDARD_TITLES = List.of("总体情况", "主动公开政府信息情况",
            "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项");

    /** The section search as it was: each candidate's text normalized from its prose, the heading pattern run per section. */
    private static List<SectionSpan> splitByPatterns(List<SourceRow> rows) {
        List<String> headings = new ArrayList<>();
        for (SourceRow row : rows) {
            String line = row.prose();
            char first = ' ';
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c != '#' && c != '*' && !Character.isWhitespace(c) && c != '\u3000') {
                    first = c;
                    break;
                }
            }
            headings.add(!line.isEmpty() && line.length() < 80 && NUMERALS.indexOf(first) >= 0 ? Labels.normalize(line) : null);
        }
        List<int[]> found = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        int from = 0;
        for (int number = 1; number <= 6; number++) {
            int at = -1;
            for (int i = from; i < headings.size() && at < 0; i++) {
                Matcher m = headings.get(i) == null ? null : HEADING.matcher(headings.get(i));
                if (m != null && m.matches() && NUMERALS.indexOf(m.group(1).charAt(0)) == number - 1
                        && TITLE_WORDS.get(number - 1).stream().anyMatch(m.group(2)::contains)) {
                    at = i;
                }
            }
            for (int i = from; i < headings.size() && at < 0; i++) {
                Matcher m = headings.get(i) == null ? null : HEADING.matcher(headings.get(i));
                if (m != null && m.matches() && m.group(2).replaceFirst("^[、.,:]", "").equals(Labels.normalize(STANDARD_TITLES.get(number - 1)))) {
                    at = i;
                }
            }
            if (at >= 0) {
                found.add(new int[] {number, at});
                Matcher m = HEADING.matcher(headings.get(at));
                titles.add(m.matches() ? m.group(2) : headings.get(at));
                from = at + 1;
            }
        }
        List<SectionSpan> spans = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            int heading = found.get(i)[1];
            int end = i + 1 < found.size() ? found.get(i + 1)[1] : rows.size();
            spans.add(new SectionSpan(found.get(i)[0], titles.get(i), heading, heading + 1, end));
        }
        return spans;
    }

    @Test
    void sectionsAreWhatRunningTheHeadingPatternPerSectionGives() {
        List<String> texts = new ArrayList<>();
        for (String seed : SEEDS) {
            texts.add(seed(seed));
        }
        List<String> lines = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "一、其他需要报告的事项",
                "## 三 、依申请公开", "**四、行政复议**", "二、主动公开\t0", "五：", "六.需要报告的", "三、", "一、本年新收\t1\t2",
                "  二. 主 动 公 开", "七、其他", "正文一段。", "| 四、行政复议 |", "三、收到和处理政府信息公开申请情况（续）");
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            int count = RANDOM.nextInt(14);
            for (int k = 0; k < count; k++) {
                text.append(lines.get(RANDOM.nextInt(lines.size()))).append('\n');
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(SectionSplitter.split(TextDocumentReader.read(text))).as(text)
                    .isEqualTo(splitByPatterns(TextDocumentReader.read(text)));
        }
    }

    @Test
    void numberSyntaxIsDecidedAsOnTheNumberText() {
        String pool = "0123456789０１-－.．,，a四 \u3000\u00a0\u200b\ufeff件";
        for (int i = 0; i < 30_000; i++) {
            String raw = randomText(pool, 8);
            assertThat(Cell.numberTextHasOnlyNumberSyntax(raw)).as(raw).isEqualTo(Cell.onlyNumberSyntax(Cell.numberText(raw)));
        }
    }

    private static final Pattern PAGE_FOOTER = Pattern.compile(
            "^[—–\\-－]+\\s*\\d{1,4}\\s*[—–\\-－]+$|^第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?$|^\\d{1,4}\\s*/\\s*\\d{1,4}$");
    private static final Pattern NUMERIC_DATE = Pattern.compile("((?:19|20)\\d{2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern CHINESE_DATE = Pattern.compile("([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");

    /** A line whose first character no footer starts with is never one: the guard leaves out only what the pattern does. */
    @Test
    void footerGuardLeavesOutOnlyLinesNoFooterPatternMatches() {
        String pool = "—–-－第页共0123 /,，a一";
        for (int i = 0; i < 30_000; i++) {
            String line = randomText(pool, 12);
            if (!line.isEmpty() && PAGE_FOOTER.matcher(line).matches()) {
                assertThat(TextDocumentReader.mayBeFooter(line.charAt(0))).as(line).isTrue();
            }
        }
        for (String footer : new String[] {"— 3 —", "-12-", "第 3 页", "第3页，共12页", "3/12", "－2－"}) {
            assertThat(TextDocumentReader.read(footer + "\n正文")).as(footer).hasSize(1);
        }
    }

    @Test
    void dateGuardLeavesOutOnlyTextNoDatePatternMatches() {
        String pool = "2019０1-/.年月日〇零○一二三四五六七八九十a";
        for (int i = 0; i < 30_000; i++) {
            String text = randomText(pool, 12);
            boolean matches = NUMERIC_DATE.matcher(text).matches() || CHINESE_DATE.matcher(text).matches();
            assertThat(DateText.isOnlyADate(text)).as(text).isEqualTo(matches);
        }
        assertThat(DateText.isOnlyADate("2025年1月20日")).isTrue();
        assertThat(DateText.isOnlyADate("二〇二五年一月二十日")).isTrue();
    }

    /** The first control character found a block at a time is the one a character loop finds, across block edges. */
    @Test
    void firstControlCharacterIsWhereACharacterLoopFindsIt() {
        for (int i = 0; i < 2_000; i++) {
            char[] text = new char[RANDOM.nextInt(3) == 0 ? RANDOM.nextInt(9_000) : RANDOM.nextInt(40)];
            for (int k = 0; k < text.length; k++) {
                text[k] = RANDOM.nextInt(2_000) == 0 ? (char) (RANDOM.nextBoolean() ? 0x07 : 0x85) : "规章 a\t\n0".charAt(RANDOM.nextInt(7));
            }
            String s = new String(text);
            int expected = -1;
            for (int k = 0; k < s.length() && expected < 0; k++) {
                char c = s.charAt(k);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                    expected = k;
                }
            }
            assertThat(ControlCharacters.firstControl(s)).isEqualTo(expected);
        }
    }

    @Test
    void whitespaceFastPathAnswersAsCharacterDoes() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(TextDocumentReader.isWhitespace(c)).isEqualTo(Character.isWhitespace(c));
        }
    }

    /** Lines split with each token's value look kept give the cells and positions the splitting before gave. */
    @Test
    void linesSplitAsBeforeWithEachTokensValueLookKept() {
        List<String> lines = new ArrayList<>();
        for (String seed : SEEDS) {
            lines.addAll(seed(seed).replace('\t', ' ').lines().toList());
        }
        String pool = "  \u3000\t0123 4.5,7件OoIl|丨四一、（一）(二)予以公开总计　１２”“";
        for (int i = 0; i < 30_000; i++) {
            lines.add(randomText(pool, 40));
        }
        for (String line : lines) {
            LineCells.Split split = LineCells.split(line);
            LineCellsAsBefore.Split before = LineCellsAsBefore.split(line);
            assertThat(split.cells()).as(line).isEqualTo(before.cells());
            assertThat(split.positions()).as(line).isEqualTo(before.positions());
        }
    }

    /**
     * A text's facts with the matchers reused from sentence to sentence are the facts each sentence gives read alone
     * (fresh matchers), a fact of the same kind from the same sentence kept once.
     */
    @Test
    void factsWithMatchersReusedAreTheFactsOfEachSentenceAlone() {
        List<String> pieces = List.of("收到政府信息公开申请7件", "予以公开2件", "部分公开1件", "结转下年度继续办理5件", "未收到行政复议申请",
                "行政诉讼案件0起", "均已按时办结", "无依申请公开", "收到依申请公开 3件", "全年发生行政复议1件", "本年度未发生行政诉讼", "其他");
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            int count = RANDOM.nextInt(8);
            for (int k = 0; k < count; k++) {
                text.append(pieces.get(RANDOM.nextInt(pieces.size()))).append("，；。\n".charAt(RANDOM.nextInt(4)));
            }
            List<nianbao.parser.model.NarrativeFact> expected = new ArrayList<>();
            for (String sentence : NarrativeFactReader.sentences(text.toString())) {
                for (nianbao.parser.model.NarrativeFact fact : NarrativeFactReader.read(1, sentence)) {
                    if (expected.stream().noneMatch(f -> f.kind().equals(fact.kind()) && f.sentence().equals(fact.sentence()))) {
                        expected.add(fact);
                    }
                }
            }
            assertThat(NarrativeFactReader.read(1, text.toString())).as(text.toString()).isEqualTo(expected);
        }
    }

    private static final Pattern PUBLISHED_LINE = Pattern.compile("(?:发布日期|发布时间|发文日期|成文日期|日期|时间)[:：]");
    private static final Pattern PERIOD = Pattern.compile("统计[^0-9。]{0,24}?((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日"
            + "(?:起)?(?:至|到|—|-|～|~)(?:((?:19|20)\\d{2})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern START_ONLY = Pattern.compile("统计[^0-9。]{0,24}?((?:19|20)\\d{2})年1月1日");

    /** The publication-line guard passes every text the pattern finds a match in; the period patterns need 统计. */
    @Test
    void publicationAndPeriodGuardsLeaveOutOnlyTextTheirPatternsCannotMatch() {
        String pool = "发布日期时间文成:：统计系2025年1月1日至12月31日 a";
        for (int i = 0; i < 30_000; i++) {
            String text = randomText(pool, 16);
            assertThat(PublicationDateReader.mayNamePublication(text)).as(text).isEqualTo(PUBLISHED_LINE.matcher(text).find());
            if (!text.contains("统计")) {
                assertThat(PERIOD.matcher(text).find() || START_ONLY.matcher(text).find()).as(text).isFalse();
            }
        }
        assertThat(PublicationDateReader.mayNamePublication("发布时间：2025-01-20")).isTrue();
    }
}
