package nianbao.parser.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Damages a report's text the way copying, extraction and careless editing do; remembers what it did. */
final class Mutator {

    private static final String NOISE = "，。、；：（）【】《》“”‘’！？　０１２３４５６７８９－—一二三四五六七八九十件条万元合计总计其他"
            + "ＡＢＣ｜＊＃\u200b\ufeff\u00a0\u3000|#*-/\\\t";
    private static final String JUNK = "\u0000\u0001\u0007\u001b\ufffd\ud800\udc00\u202e\u2028\r�\u00ad\u0085";
    private static final int KINDS = 11;

    private final Random random;
    private final List<String> applied = new ArrayList<>();

    Mutator(Random random) {
        this.random = random;
    }

    List<String> applied() {
        return applied;
    }

    String mutate(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int count = 1 + random.nextInt(4);
        for (int m = 0; m < count && !lines.isEmpty(); m++) {
            int kind = random.nextInt(KINDS);
            int at = random.nextInt(lines.size());
            applied.add(kind + "@" + at);
            switch (kind) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> lines.set(at, swapCells(lines.get(at)));
                case 3 -> lines.set(at, insert(lines.get(at), JUNK, 1 + random.nextInt(3)));
                case 4 -> lines.set(at, insert(lines.get(at), NOISE, 1 + random.nextInt(6)));
                case 5 -> lines.set(at, lines.get(at).replace("\t", random.nextBoolean() ? "" : " "));
                case 6 -> lines.add(at, longLine());
                case 7 -> lines.set(at, toPipes(lines.get(at)));
                case 8 -> Collections.swap(lines, at, random.nextInt(lines.size()));
                case 9 -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
                default -> {
                    String joined = String.join("\n", lines);
                    lines = new ArrayList<>(Arrays.asList(joined.substring(0, random.nextInt(joined.length() + 1)).split("\n", -1)));
                }
            }
        }
        return String.join("\n", lines);
    }

    private String swapCells(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length >= 2) {
            int a = random.nextInt(cells.length);
            int b = random.nextInt(cells.length);
            String t = cells[a];
            cells[a] = cells[b];
            cells[b] = t;
        }
        return String.join("\t", cells);
    }

    private String insert(String line, String alphabet, int n) {
        StringBuilder out = new StringBuilder(line);
        for (int i = 0; i < n; i++) {
            out.insert(random.nextInt(out.length() + 1), alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private String longLine() {
        String unit = switch (random.nextInt(4)) {
            case 0 -> "政府信息公开";
            case 1 -> "\t";
            case 2 -> "（一）第二十条";
            default -> "|  ";
        };
        return unit.repeat(1_000 + random.nextInt(20_000));
    }

    private static String toPipes(String line) {
        return line.indexOf('\t') < 0 ? line : "| " + line.replace("\t", " | ") + " |";
    }
}
