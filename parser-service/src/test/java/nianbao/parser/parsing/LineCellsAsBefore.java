package nianbao.parser.parsing;

import java.util.ArrayList;
import java.util.List;

/** {@link LineCells} as it was before each token's value look was kept: the oracle StructuralFastPathsTest checks it against. */
final class LineCellsAsBefore {

    /** The cells of one line and where each starts. */
    record Split(List<String> cells, List<Integer> positions) {
    }

    private LineCellsAsBefore() {
    }

    static Split split(String line) {
        if (isOnePhrase(line)) {
            int start = 0;
            while (start < line.length() && isBlank(line.charAt(start))) {
                start++;
            }
            return new Split(List.of(line.strip()), List.of(start));
        }
        List<int[]> tokens = tokens(line);
        List<List<int[]>> phrases = new ArrayList<>();
        int phraseStart = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            boolean endOfPhrase = i == tokens.size() || gap(line, tokens.get(i - 1), tokens.get(i)) > 1;
            if (endOfPhrase) {
                phrases.add(tokens.subList(phraseStart, i));
                phraseStart = i;
            }
        }
        // in columns aligned by runs of blanks, numbers one space apart are one cell ("3 4"), not two
        boolean aligned = alignedValues(line, phrases);
        List<String> cells = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (List<int[]> phrase : phrases) {
            if (aligned && phrase.size() > 1 && allValues(line, phrase)) {
                cells.add(line.substring(phrase.get(0)[0], phrase.get(phrase.size() - 1)[1]));
                positions.add(phrase.get(0)[0]);
            } else {
                addPhrase(line, phrase, cells, positions);
            }
        }
        return new Split(cells, positions);
    }

    /** Whether the line's values stand in columns: at least two phrases that are values, set apart by runs of blanks. */
    private static boolean alignedValues(String line, List<List<int[]>> phrases) {
        int valuePhrases = 0;
        for (List<int[]> phrase : phrases) {
            int[] last = phrase.get(phrase.size() - 1);
            if (isValueToken(line.substring(last[0], last[1]))) {
                valuePhrases++;
            }
        }
        return valuePhrases >= 2;
    }

    private static boolean allValues(String line, List<int[]> phrase) {
        for (int[] token : phrase) {
            if (!isValueToken(line.substring(token[0], token[1]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Most lines are prose: no run of blanks inside them and no value at their end. Those are one cell, found
     * without splitting the line into tokens.
     */
    private static boolean isOnePhrase(String line) {
        int end = line.length();
        while (end > 0 && isBlank(line.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && isBlank(line.charAt(start))) {
            start++;
        }
        for (int i = start; i < end - 1; i++) {
            char c = line.charAt(i);
            if (c == '\t' || c == '\u3000' || (isBlank(c) && isBlank(line.charAt(i + 1)))) {
                return false;
            }
        }
        int lastStart = end;
        while (lastStart > start && !isBlank(line.charAt(lastStart - 1))) {
            lastStart--;
        }
        return lastStart == start || !isValueToken(line.substring(lastStart, end));
    }

    /** A phrase's trailing values become their own cells; what comes before them is one cell. */
    private static void addPhrase(String line, List<int[]> phrase, List<String> cells, List<Integer> positions) {
        int firstValue = phrase.size();
        while (firstValue > 0 && isValueToken(line.substring(phrase.get(firstValue - 1)[0], phrase.get(firstValue - 1)[1]))) {
            firstValue--;
        }
        // the placement fix merged beside the speed work (fuzz case s7-900): a mark that is no value right after the
        // label's words is the label's end
        while (firstValue > 0 && firstValue < phrase.size()
                && Cell.read(line.substring(phrase.get(firstValue)[0], phrase.get(firstValue)[1])).kind() == CellKind.BLANK) {
            firstValue++;
        }
        if (firstValue > 0) {
            cells.add(line.substring(phrase.get(0)[0], phrase.get(firstValue - 1)[1]));
            positions.add(phrase.get(0)[0]);
        }
        for (int i = firstValue; i < phrase.size(); i++) {
            cells.add(line.substring(phrase.get(i)[0], phrase.get(i)[1]));
            positions.add(phrase.get(i)[0]);
        }
    }

    private static boolean isValueToken(String token) {
        Cell cell = Cell.read(token);
        return cell.kind() != CellKind.TEXT || Cell.looksLikeValue(token);
    }

    /** How many blank columns separate two tokens (a full-width space counts as two). */
    private static int gap(String line, int[] left, int[] right) {
        int width = 0;
        for (int i = left[1]; i < right[0]; i++) {
            width += line.charAt(i) == '\u3000' || line.charAt(i) == '\t' ? 2 : 1;
        }
        return width;
    }

    /** [start, end) of every run of non-blank characters. */
    private static List<int[]> tokens(String line) {
        List<int[]> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean blank = i == line.length() || isBlank(line.charAt(i));
            if (blank && start >= 0) {
                tokens.add(new int[] {start, i});
                start = -1;
            } else if (!blank && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '\u2002' || c == '\u2003';
    }
}
