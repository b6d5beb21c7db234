package nianbao.parser.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.parser.corpus.SeedTables;
import nianbao.parser.corpus.families.Contract;
import nianbao.parser.corpus.families.Truth;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Damages a seed report (tab-separated tables, hand-checked expected JSON) line by line, keeping its truth exact:
 * each table line that carries a row's numbers knows the contract path of each number cell, so a cell deleted or a
 * row deleted takes its paths' numbers out of the truth, and a cell printed "7件", "O" or "1 2" keeps its number.
 */
final class SeedMutator {

    /**
     * One line of the seed; for a row's number line, its cells' paths and the tab positions that hold them, and the
     * path of the cell it prints differently from the other copy of its table (null when none).
     */
    private record Line(String text, String row, List<String> paths, List<Integer> positions, int table, String differing,
                        BigDecimal differingValue) {

        Line(String text, String row, List<String> paths, List<Integer> positions, int table) {
            this(text, row, paths, positions, table, null, null);
        }

        Line withText(String newText) {
            return new Line(newText, row, paths, positions, table, differing, differingValue);
        }

        Line differingAt(String path, BigDecimal value, String newText) {
            return new Line(newText, row, paths, positions, table, path, value);
        }

        Line unmapped(String newText) {
            return new Line(newText, row, paths, List.of(), table, differing, differingValue);
        }

        boolean mapped() {
            return paths != null && !positions.isEmpty() && paths.size() == positions.size();
        }
    }

    private static final List<String> HEADINGS = List.of("二、主动公开", "三、收到和处理", "四、政府信息公开行政复议", "五、");

    private final Random random;
    private final List<String> applied = new ArrayList<>();

    SeedMutator(Random random) {
        this.random = random;
    }

    List<String> applied() {
        return applied;
    }

    /**
     * The mutated text and its truth. {@code eitherZero}: cells whose expected null is a reviewer's judgement between
     * two readings of the same zeros (seed 002's blank last cells, see src/test/resources/expected/README.md); 0 is
     * as right there as null.
     */
    Mutated mutate(String text, JsonNode expected, List<String> eitherZero) {
        Truth original = Truth.of(expected);
        Map<String, BigDecimal> truth = new LinkedHashMap<>(original.cells());
        List<Line> lines = lines(text, truth);
        eitherZero.forEach(p -> truth.put(p, BigDecimal.ZERO));
        int count = 1 + random.nextInt(4);
        for (int m = 0; m < count; m++) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).paths() != null) {
                    rows.add(i);
                }
            }
            int at = rows.get(random.nextInt(rows.size()));
            Line line = lines.get(at);
            String[] cells = line.text().split("\t", -1);
            int what = random.nextInt(10);
            if (!line.mapped() && what <= 3) {
                what = 6;
            }
            switch (what) {
                case 0, 1, 2 -> textCell(lines, at, line, cells);
                case 3 -> {
                    int k = random.nextInt(line.positions().size());
                    List<String> kept = new ArrayList<>(List.of(cells));
                    boolean blank = random.nextBoolean();
                    if (blank) {
                        kept.set(line.positions().get(k), "");
                    } else {
                        kept.remove((int) line.positions().get(k));
                    }
                    lines.set(at, line.unmapped(String.join("\t", kept)));
                    if (!printedElsewhere(lines, at)) {
                        truth.put(line.paths().get(k), null);
                    }
                    applied.add("line " + at + ": cell " + line.paths().get(k) + (blank ? " emptied" : " deleted"));
                }
                case 4 -> {
                    int first = firstNumber(line, cells);
                    for (int c = 0; c < first; c++) {
                        cells[c] = "";
                    }
                    lines.set(at, line.withText(String.join("\t", cells)));
                    applied.add("line " + at + ": label deleted");
                }
                case 5 -> {
                    int first = firstNumber(line, cells);
                    if (first > 0) {
                        List<String> label = new ArrayList<>(List.of(cells).subList(0, first));
                        for (int c = 0; c < first; c++) {
                            cells[c] = "";
                        }
                        lines.set(at, line.withText(String.join("\t", cells)));
                        lines.add(at, new Line(String.join("\t", label), null, null, null, -1));
                        applied.add("line " + at + ": label on the line before");
                    }
                }
                case 6 -> {
                    lines.add(at + 1, line);
                    applied.add("line " + at + ": row duplicated");
                }
                case 7 -> {
                    lines.remove(at);
                    if (lines.stream().noneMatch(l -> line.row().equals(l.row()))) {
                        Contract.allPaths().stream().filter(p -> p.equals(line.row()) || p.startsWith(line.row() + "."))
                                .forEach(p -> truth.put(p, null));
                    } else if (line.differing() != null && lines.stream().noneMatch(l -> line.differing().equals(l.differing()))) {
                        // the copy that printed the cell differently is gone: the copies left agree on it again
                        truth.put(line.differing(), original.cells().get(line.differing()));
                    } else if (line.differing() == null) {
                        // the original of a row whose other copy prints a cell differently is gone: that copy is the truth
                        lines.stream().filter(l -> line.row().equals(l.row()) && l.differing() != null)
                                .findFirst().ifPresent(copy -> truth.put(copy.differing(), copy.differingValue()));
                    }
                    applied.add("line " + at + ": row deleted");
                }
                default -> duplicateTable(lines, line.table(), what == 8, truth);
            }
        }
        String mutated = String.join("\n", lines.stream().map(Line::text).toList());
        return new Mutated(mutated, new Truth(original.agency(), original.year(), false, truth));
    }

    record Mutated(String text, Truth truth) {
    }

    private void textCell(List<Line> lines, int at, Line line, String[] cells) {
        int k = random.nextInt(line.positions().size());
        int position = line.positions().get(k);
        String cell = cells[position].strip();
        String changed = cell.equals("0") && random.nextBoolean() ? "O"
                : cell.matches("\\d{2,}") && random.nextBoolean() ? cell.charAt(0) + " " + cell.substring(1) : cell + "件";
        cells[position] = changed;
        lines.set(at, line.unmapped(String.join("\t", cells)));
        applied.add("line " + at + ": " + line.paths().get(k) + " \"" + cell + "\" → \"" + changed + "\"");
    }

    /** A copy of the table (heading to the next heading) after it; with {@code same} false, one number differs. */
    private void duplicateTable(List<Line> lines, int table, boolean same, Map<String, BigDecimal> truth) {
        int start = -1;
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            int heading = heading(lines.get(i).text());
            if (heading == table && start < 0) {
                start = i;
            } else if (heading > table && start >= 0) {
                end = i;
                break;
            }
        }
        if (start < 0) {
            return;
        }
        List<Line> copy = new ArrayList<>(lines.subList(start, end));
        String note = "table " + (table + 2) + " duplicated";
        if (!same) {
            for (int i = 0; i < copy.size(); i++) {
                Line line = copy.get(i);
                if (line.mapped() && !line.positions().isEmpty()) {
                    String[] cells = line.text().split("\t", -1);
                    int k = random.nextInt(line.positions().size());
                    BigDecimal value = new BigDecimal(cells[line.positions().get(k)].strip()).add(BigDecimal.ONE);
                    cells[line.positions().get(k)] = value.toPlainString();
                    copy.set(i, line.differingAt(line.paths().get(k), value, String.join("\t", cells)));
                    truth.put(line.paths().get(k), null);
                    note += " with " + line.paths().get(k) + " differing";
                    break;
                }
            }
        }
        lines.addAll(end, copy);
        applied.add(note);
    }

    /** Whether another line (a duplicated row or table) prints the same row as line {@code at}. */
    private static boolean printedElsewhere(List<Line> lines, int at) {
        String row = lines.get(at).row();
        for (int i = 0; i < lines.size(); i++) {
            if (i != at && row.equals(lines.get(i).row())) {
                return true;
            }
        }
        return false;
    }

    private static int heading(String line) {
        if (line.indexOf('\t') >= 0) {
            return -1;
        }
        String text = line.replaceFirst("^#+\\s*", "").strip();
        for (int h = 0; h < HEADINGS.size(); h++) {
            if (text.startsWith(HEADINGS.get(h))) {
                return h;
            }
        }
        return -1;
    }

    private static int firstNumber(Line line, String[] cells) {
        List<Integer> numbers = SeedTables.numberCells(line.text());
        return numbers.isEmpty() ? cells.length : numbers.get(0);
    }

    private static List<Line> lines(String text, Map<String, BigDecimal> truth) {
        SeedTables tables = new SeedTables(text);
        List<Line> lines = new ArrayList<>();
        for (String line : tables.lines) {
            lines.add(new Line(line, null, null, null, -1));
        }
        List<List<String>> rows = List.of(disclosureRows(), applicationRows(), List.of(Contract.REVIEWS));
        for (int t = 0; t < 3; t++) {
            List<Integer> numberLines = tables.numberLines.get(t);
            for (int r = 0; r < numberLines.size(); r++) {
                String prefix = rows.get(t).get(r);
                List<String> paths = Contract.allPaths().stream()
                        .filter(p -> p.equals(prefix) || p.startsWith(prefix + ".")).filter(p -> truth.get(p) != null).toList();
                int index = numberLines.get(r);
                lines.set(index, new Line(tables.lines.get(index), prefix, paths, SeedTables.numberCells(tables.lines.get(index)), t));
            }
        }
        return lines;
    }

    private static List<String> disclosureRows() {
        return Contract.DISCLOSURE_ROWS.stream().map(r -> Contract.DISCLOSURE + "." + r).toList();
    }

    private static List<String> applicationRows() {
        return Contract.APPLICATION_ROWS.stream().map(r -> Contract.APPLICATIONS + "." + r).toList();
    }
}
