package nianbao.parser.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Noise a page layout adds to a report's text without changing any cell: page footers ("— 3 —", "第 4 页", a bare
 * page number), the report's title repeated as a running page header, and stray spaces between two Chinese
 * characters.
 */
final class TextNoise {

    private final Random random;
    private final List<String> applied = new ArrayList<>();

    TextNoise(Random random) {
        this.random = random;
    }

    List<String> applied() {
        return applied;
    }

    String apply(String text, String title) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int count = random.nextInt(4);
        for (int n = 0; n < count; n++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(3)) {
                case 0 -> {
                    int page = 2 + random.nextInt(9);
                    String footer = List.of("— " + page + " —", "-" + page + "-", "第 " + page + " 页", " ".repeat(40) + page)
                            .get(random.nextInt(4));
                    lines.add(at, footer);
                    applied.add("footer \"" + footer.strip() + "\" at line " + at);
                }
                case 1 -> {
                    lines.add(at, title);
                    applied.add("running header at line " + at);
                }
                default -> {
                    String line = lines.get(at);
                    List<Integer> gaps = new ArrayList<>();
                    for (int i = 1; i < line.length(); i++) {
                        if (ideograph(line.charAt(i - 1)) && ideograph(line.charAt(i))) {
                            gaps.add(i);
                        }
                    }
                    if (!gaps.isEmpty()) {
                        int i = gaps.get(random.nextInt(gaps.size()));
                        lines.set(at, line.substring(0, i) + " " + line.substring(i));
                        applied.add("stray space in line " + at);
                    }
                }
            }
        }
        return String.join("\n", lines);
    }

    private static boolean ideograph(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }
}
