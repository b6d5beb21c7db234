package nianbao.parser.region;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The name index skips positions no name starts at, and finds exactly what trying every position finds. */
class DivisionNameIndexTest {

    private static final List<Division> DIVISIONS = List.of(
            new Division("640000", "宁夏回族自治区", null),
            new Division("640500", "中卫市", "640000"),
            new Division("640521", "中宁县", "640500"),
            new Division("640100", "银川市", "640000"),
            new Division("640104", "兴庆区", "640100"));

    @Test
    void findsTheOutermostNamesInAText() {
        DivisionNameIndex index = new DivisionNameIndex(DIVISIONS);
        assertThat(index.find("宁夏回族自治区中卫市商务局").stream().map(NameMatch::text)).containsExactly("宁夏回族自治区", "中卫市");
        assertThat(index.find("中宁县、银川兴庆区")).extracting(NameMatch::text).containsExactly("中宁县", "银川", "兴庆区");
    }

    @Test
    void findsWhatEveryPositionTriedFinds() {
        DivisionNameIndex index = new DivisionNameIndex(DIVISIONS);
        Random random = new Random(7);
        String pool = "宁夏回族自治区中卫市宁县银川兴庆商务局";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            List<String> found = index.find(text.toString()).stream().map(m -> m.start() + ":" + m.text()).toList();
            assertThat(found).as(text.toString()).isEqualTo(everyPosition(index, text.toString()));
        }
    }

    /** The search as first written: every substring of at least the shortest length looked up; the outermost kept. */
    private static List<String> everyPosition(DivisionNameIndex index, String text) {
        List<int[]> all = new ArrayList<>();
        for (int start = 0; start < text.length(); start++) {
            for (int end = start + ShortNames.MIN_LENGTH; end <= text.length(); end++) {
                if (index.isName(text.substring(start, end))) {
                    all.add(new int[] {start, end});
                }
            }
        }
        List<String> outermost = new ArrayList<>();
        for (int[] match : all) {
            boolean inside = all.stream().anyMatch(o -> o != match && o[0] <= match[0] && match[1] <= o[1]
                    && o[1] - o[0] > match[1] - match[0]);
            if (!inside) {
                outermost.add(match[0] + ":" + text.substring(match[0], match[1]));
            }
        }
        return outermost;
    }
}
