package nianbao.parser.parsing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Each fast path (a char loop, a guard, a value kept per row) gives what the slower code it stands in for gives. */
class FastPathsTest {

    private static final Random RANDOM = new Random(20261203L);

    private static String randomText(String pool, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = RANDOM.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(pool.charAt(RANDOM.nextInt(pool.length())));
        }
        return text.toString();
    }

    @Test
    void plainNumberLoopAcceptsWhatItsPatternAccepts() {
        Pattern plain = Pattern.compile("-?\\d+(\\.\\d+)?");
        for (String text : new String[] {"", "-", "1", "-1", "1.", ".5", "1.5", "-1.50", "1..5", "1.5.5", "--1", "１", "1e5", "0012"}) {
            assertThat(Cell.isPlainNumber(text)).as(text).isEqualTo(plain.matcher(text).matches());
        }
        for (int i = 0; i < 20_000; i++) {
            String text = randomText("0123456789.-,a１ ", 8);
            assertThat(Cell.isPlainNumber(text)).as(text).isEqualTo(plain.matcher(text).matches());
        }
    }

    @Test
    void numbersAreReadWithTheirDigitCountsAsBefore() {
        assertThat(Cell.read("-123456789012").value()).isEqualByComparingTo("-123456789012");
        assertThat(Cell.read("1234567890123").kind()).isEqualTo(CellKind.TOO_LARGE);
        assertThat(Cell.read("1.1234567890123").kind()).isEqualTo(CellKind.TOO_LARGE);
        assertThat(Cell.read("1.123456789012").value()).isEqualByComparingTo("1.123456789012");
        assertThat(Cell.read("1,234,567.5").value()).isEqualByComparingTo("1234567.5");
    }

    @Test
    void labelWithoutNumberingIsWhatTheAnchoredPatternsLeave() {
        String pool = "一二三四五六七八九十()（）、.0123456789本年度办理结果其他处理予以公开总计";
        for (String label : new String[] {"", "三、本年度办理结果", "(六)其他处理", "其他处理(三)其他", "本年度办理结果(一)予以公开",
                "1.属于国家秘密", "二、上年结转", "十一、", "总计", "(一)", "其他处理1", "其他处理其他"}) {
            assertThat(ApplicationRowKey.withoutNumbering(label)).as(label).isEqualTo(withoutNumberingByPatterns(label));
        }
        for (int i = 0; i < 20_000; i++) {
            String label = randomText(pool, 14);
            assertThat(ApplicationRowKey.withoutNumbering(label)).as(label).isEqualTo(withoutNumberingByPatterns(label));
        }
    }

    private static final Pattern NUMBERING_PREFIX = Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|\\d+[.、])+");

    private static final Pattern GROUP_PREFIX = Pattern.compile("^本年度办理结果");

    private static final Pattern OTHER_HANDLING_PREFIX = Pattern.compile("^其他处理(?=\\(?[0-9一二三四五六七八九十])");

    private static final Pattern ITEM_PREFIX = Pattern.compile("^\\(?[0-9一二三四五六七八九十]+[).、]?");

    /** {@link ApplicationRowKey#withoutNumbering} as first written: every pattern tried on every label. */
    private static String withoutNumberingByPatterns(String label) {
        String bare = label;
        String previous;
        do {
            previous = bare;
            bare = NUMBERING_PREFIX.matcher(bare).replaceFirst("");
            bare = GROUP_PREFIX.matcher(bare).replaceFirst("");
        } while (!bare.equals(previous));
        return ITEM_PREFIX.matcher(OTHER_HANDLING_PREFIX.matcher(bare).replaceFirst("")).replaceFirst("");
    }

    @Test
    void pipeSeparatorGuardRejectsOnlyWhatThePatternRejects() {
        Pattern separator = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$");
        for (String line : new String[] {"|---|---|", "| :--- | ---: |", "---", "|-|", "| -- | x |", "|", "", "| --\t| -- |"}) {
            assertThat(TextDocumentReader.isPipeSeparator(line)).as(line).isEqualTo(separator.matcher(line).matches());
        }
        for (int i = 0; i < 20_000; i++) {
            String line = randomText("|:- \t\u000B\f\ra-", 12);
            assertThat(TextDocumentReader.isPipeSeparator(line)).as(line).isEqualTo(separator.matcher(line).matches());
        }
    }

    @Test
    void cellsCompareAsTheirKindAndNumberAsWritten() {
        List<String> texts = List.of("1", "1.0", "01", "-0", "0", "", "无", "/", "7件", "1 2", "abc", "1,000", "1000", "１");
        for (String a : texts) {
            for (String b : texts) {
                Cell x = Cell.read(a);
                Cell y = Cell.read(b);
                assertThat(RowAligner.sameValues(List.of(x), List.of(y))).as(a + " vs " + b).isEqualTo(written(x).equals(written(y)));
            }
        }
        assertThat(RowAligner.sameValues(List.of(Cell.read("1")), List.of(Cell.read("1"), Cell.read("2")))).isFalse();
    }

    /** How the aligner first compared cells: kind and number as strings. */
    private static String written(Cell cell) {
        BigDecimal value = cell.value();
        return cell.kind() + ":" + (value == null ? "" : value.toPlainString());
    }

    @Test
    void rowsKeepTheirLabeledFormOnceAndItIsWhatSplittingGives() {
        List<SourceRow> rows = new ArrayList<>(TextDocumentReader.read(
                "（一）予以公开\t3\t0\t0\t\t1\t0\t4\n| 1.属于国家秘密 | 0 | 0 | 1 |\n2.其他法律行政法规禁止公开     0     0     2\n"));
        for (SourceRow row : rows) {
            LabeledRow labeled = row.labeled();
            assertThat(labeled).isEqualTo(LabeledRow.of(row));
            assertThat(row.labeled()).isSameAs(labeled);
        }
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[。;；\\n]");

    @Test
    void sentencesAreWhatSplittingByThePatternGives() {
        for (String text : new String[] {"", "。", "。。", "a。", "。a", "a。b；c;d\ne", "无标点", "a。\n\n", "；a；；b；"}) {
            assertThat(NarrativeFactReader.sentences(text)).as(text).containsExactly(SENTENCE_END.split(text));
        }
        for (int i = 0; i < 20_000; i++) {
            String text = randomText("。;；\n收到申请7件 ", 16);
            assertThat(NarrativeFactReader.sentences(text)).as(text).containsExactly(SENTENCE_END.split(text));
        }
    }

    @Test
    void valueLookIsDecidedAsWhenEveryCellWasFolded() {
        String pool = "0123456789０１OoIl|ＯｌI 　\u00a0\u200b\ufeff件四丨.,()（）第一、abc";
        for (int i = 0; i < 30_000; i++) {
            String raw = randomText(pool, 10);
            assertThat(Cell.looksLikeValue(raw)).as(raw).isEqualTo(looksLikeValueByFolding(raw));
        }
    }

    private static final Pattern MERGED = Pattern.compile("^[0-9]+(?:[.,][0-9]+)?(?: [0-9]+(?:[.,][0-9]+)?)+$");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\(?[0-9一二三四五六七八九十]+[).、]|[一二三四五六七八九十]+[、.])$");
    private static final Pattern STRAY = Pattern.compile("^[^0-9.,、()（）第\\s]{1,2}[0-9]{1,6}$|^[0-9]{1,6}[^0-9.,、()（）件个条项次人万元%年月日号\\s]{1,2}$");
    private static final Pattern VALUE_TEXT = Pattern.compile("^[0-9.,]*[0-9][0-9.,]*[件个条项次人万元%]?$|^[0-9]+(?: [0-9]+)+$|^[OoIl|]{1,3}$|^[0-9OoIl]{1,6}$");
    private static final Pattern STROKE_INSIDE = Pattern.compile("^[0-9]{1,6} ?[|丨!/] ?[0-9]{1,6}$");

    /** {@link Cell#looksLikeValue} as first written (with the stroke across a number of the OCR work): every short cell folded, then tested. */
    private static boolean looksLikeValueByFolding(String raw) {
        String text = folded(raw);
        boolean onlyNumberCharacters = raw.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= '０' && c <= '９')
                || c == '.' || c == ',' || c == '．' || c == '，' || padding((char) c));
        if (raw.length() <= 60 && onlyNumberCharacters && MERGED.matcher(text).matches()) {
            return true;
        }
        if (raw.chars().filter(c -> !padding((char) c)).count() > 8) {
            return false;
        }
        if (text.chars().noneMatch(c -> c >= '0' && c <= '9') && !text.chars().allMatch(c -> "OoIl|".indexOf(c) >= 0)) {
            return false;
        }
        if (text.isEmpty() || text.length() > 8 || NUMBERING.matcher(text).matches()) {
            return false;
        }
        return VALUE_TEXT.matcher(text).matches() || STRAY.matcher(text).matches() || STROKE_INSIDE.matcher(text).matches();
    }

    private static String folded(String raw) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : raw.toCharArray()) {
            if (padding(c)) {
                space = !out.isEmpty();
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c);
        }
        return out.toString();
    }

    private static boolean padding(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    @Test
    void tabSeparatedRowsKeepTheirLineAsTheirText() {
        String line = "（一）予以公开\t3\t\t0\t";
        SourceRow row = TextDocumentReader.read(line).get(0);
        assertThat(row.text()).isEqualTo(String.join("\t", row.cells())).isEqualTo(line);
        SourceRow pipes = TextDocumentReader.read("|  a \u3000| b\t|  |").get(0);
        assertThat(pipes.cells()).containsExactly("a", "b", "");
    }

    @Test
    void textWithACharacterNoNumberHasIsNeitherNumberPattern() {
        Pattern plain = Pattern.compile("-?\\d+(\\.\\d+)?");
        Pattern grouped = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
        for (int i = 0; i < 20_000; i++) {
            String text = randomText("0123456789-.,a 件", 10);
            if (!Cell.onlyNumberSyntax(text)) {
                assertThat(plain.matcher(text).matches() || grouped.matcher(text).matches()).as(text).isFalse();
            }
        }
    }
}
