package nianbao.parser.corpus.families;

import java.util.Map;
import java.util.Random;

/**
 * The damage OCR does to a label: a character read as a similar one (己/已, 末/未, 曰/日, 子/予 …), a character
 * dropped, a stray space. Never touches digits, so the numbers of a table stay what the report prints.
 */
final class OcrConfusions {

    private static final Map<Character, Character> SIMILAR = Map.ofEntries(Map.entry('已', '己'), Map.entry('未', '末'),
            Map.entry('日', '曰'), Map.entry('予', '子'), Map.entry('理', '埋'), Map.entry('果', '杲'), Map.entry('请', '清'),
            Map.entry('息', '患'), Map.entry('密', '蜜'), Map.entry('方', '万'), Map.entry('务', '各'), Map.entry('性', '住'),
            Map.entry('政', '玫'), Map.entry('询', '洵'), Map.entry('诉', '拆'), Map.entry('复', '夏'), Map.entry('物', '勿'),
            Map.entry('量', '最'), Map.entry('认', '人'), Map.entry('期', '朗'), Map.entry('纳', '纲'), Map.entry('转', '传'),
            Map.entry('计', '汁'), Map.entry('年', '午'), Map.entry('关', '天'), Map.entry('处', '外'), Map.entry('确', '碗'));

    private OcrConfusions() {
    }

    /** The label with one to two OCR errors (a similar character, a dropped one, a stray space). */
    static String damage(String label, Random random) {
        String damaged = label;
        int errors = 1 + random.nextInt(2);
        for (int e = 0; e < errors; e++) {
            damaged = switch (random.nextInt(3)) {
                case 0 -> substitute(damaged, random);
                case 1 -> drop(damaged, random);
                default -> space(damaged, random);
            };
        }
        return damaged;
    }

    static String substitute(String label, Random random) {
        int start = random.nextInt(Math.max(1, label.length()));
        for (int k = 0; k < label.length(); k++) {
            int i = (start + k) % label.length();
            Character similar = SIMILAR.get(label.charAt(i));
            if (similar != null) {
                return label.substring(0, i) + similar + label.substring(i + 1);
            }
        }
        return drop(label, random);
    }

    /** Drops one character after the enumerator ("（三）", "2."), so the label still says which row it is. */
    static String drop(String label, Random random) {
        int from = Math.min(label.length() - 1, LabelSet.enumeratorLength(label) + 1);
        if (label.length() - from < 3) {
            return label;
        }
        int i = from + random.nextInt(label.length() - from);
        if (Character.isDigit(label.charAt(i))) {
            return label;
        }
        return label.substring(0, i) + label.substring(i + 1);
    }

    static String space(String label, Random random) {
        if (label.length() < 2) {
            return label;
        }
        int i = 1 + random.nextInt(label.length() - 1);
        if (Character.isDigit(label.charAt(i - 1)) || Character.isDigit(label.charAt(i))) {
            return label;
        }
        return label.substring(0, i) + " " + label.substring(i);
    }
}
