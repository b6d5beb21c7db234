package nianbao.parser.corpus.families;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The accuracy figures of a run, per group of cases (a family, the real corpus), and their markdown report. */
public final class AccuracyReport {

    /** A group's sums. */
    public record Totals(int cases, long expected, long right, long unread, long wrong, int agencyRight, int yearRight,
                         int rejected) {
        public double rightPercent() {
            return expected == 0 ? 100 : 100.0 * right / expected;
        }
    }

    private final Map<String, List<CaseScore>> groups = new LinkedHashMap<>();

    public void add(String group, CaseScore score) {
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(score);
    }

    public Map<String, List<CaseScore>> groups() {
        return groups;
    }

    public Totals totals(String group) {
        List<CaseScore> scores = groups.getOrDefault(group, List.of());
        return new Totals(scores.size(), scores.stream().mapToLong(CaseScore::expected).sum(),
                scores.stream().mapToLong(CaseScore::right).sum(), scores.stream().mapToLong(s -> s.unread().size()).sum(),
                scores.stream().mapToLong(s -> s.wrong().size()).sum(), (int) scores.stream().filter(CaseScore::agencyRight).count(),
                (int) scores.stream().filter(CaseScore::yearRight).count(), (int) scores.stream().filter(CaseScore::rejected).count());
    }

    /** The row of a cell path: the path without its column (table 二's single cells are rows of their own). */
    static String row(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        boolean column = Contract.APPLICANTS.contains(last) || Contract.DOCUMENT_COLUMNS.contains(last)
                || Contract.REVIEW_COLUMNS.contains(last) && path.startsWith(Contract.REVIEWS);
        return column ? path.substring(0, path.lastIndexOf('.')) : path;
    }

    /** The report: the command, date and commit, the per-group table, every wrong number, a summary of unread cells. */
    public String markdown(String command, String date, String commit, String corpus) {
        StringBuilder md = new StringBuilder("# Parser accuracy on the layout families (issue 12)\n\n");
        md.append("Command: `").append(command).append("`  \n");
        md.append("Date: ").append(date).append("  \nCommit: ").append(commit).append("  \n");
        md.append("Corpus: ").append(corpus).append("\n\n");
        md.append("A cell is *right* when the parser gives the number the report prints there (or null where it prints none),\n")
                .append("*unread* when it gives null where the report prints a number, *wrong* when it gives a different number or a\n")
                .append("number where the report prints none. Cells counted: the 200 of the 2021 layout (186 when （六） is one row);\n")
                .append("a number in any other cell is wrong too. *Rejected*: the parse threw or the report was taken for no annual report.\n\n");
        md.append("| group | cases | cells | right | unread | wrong | right % | agency right | year right | rejected |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String group : groups.keySet()) {
            Totals t = totals(group);
            md.append(String.format("| %s | %d | %d | %d | %d | %d | %.2f | %d/%d | %d/%d | %d |%n", group, t.cases(), t.expected(),
                    t.right(), t.unread(), t.wrong(), t.rightPercent(), t.agencyRight(), t.cases(), t.yearRight(), t.cases(),
                    t.rejected()));
        }
        md.append("\n## Wrong numbers\n\n");
        boolean anyWrong = false;
        for (Map.Entry<String, List<CaseScore>> group : groups.entrySet()) {
            for (CaseScore score : group.getValue()) {
                if (!score.wrong().isEmpty()) {
                    anyWrong = true;
                    md.append("- ").append(group.getKey()).append(" · ").append(score.name()).append(": ")
                            .append(score.wrong().stream().map(CaseScore.Wrong::toString).collect(Collectors.joining("; ")))
                            .append('\n');
                }
            }
        }
        if (!anyWrong) {
            md.append("None.\n");
        }
        md.append("\n## Unread cells\n\nPer group, the rows with the most unread cells (row: cells over all cases), and the cases that lost the most.\n\n");
        for (Map.Entry<String, List<CaseScore>> group : groups.entrySet()) {
            Map<String, Integer> byRow = new TreeMap<>();
            for (CaseScore score : group.getValue()) {
                score.unread().forEach(p -> byRow.merge(row(p), 1, Integer::sum));
            }
            if (byRow.isEmpty()) {
                continue;
            }
            long losing = group.getValue().stream().filter(s -> !s.unread().isEmpty()).count();
            long tableLost = group.getValue().stream()
                    .filter(s -> s.unread().stream().filter(p -> p.startsWith(Contract.APPLICATIONS)).count() >= 100).count();
            md.append("- **").append(group.getKey()).append("** (").append(losing).append(" of ").append(group.getValue().size())
                    .append(" cases lost cells, ").append(tableLost).append(" most of table 三): ")
                    .append(byRow.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))
                    .append("; worst cases: ")
                    .append(group.getValue().stream().filter(s -> !s.unread().isEmpty())
                            .sorted(Comparator.comparingInt((CaseScore s) -> s.unread().size()).reversed()).limit(5)
                            .map(s -> s.name() + " (" + s.unread().size() + (s.rejected() ? ", rejected" : "") + ")")
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
        md.append("\n## Agency and year misses\n\n");
        boolean anyMiss = false;
        for (Map.Entry<String, List<CaseScore>> group : groups.entrySet()) {
            List<String> misses = group.getValue().stream().filter(s -> !s.agencyRight() || !s.yearRight())
                    .map(s -> s.name() + ": " + s.agency() + " " + s.year() + " (expected " + s.expectedAgency() + " "
                            + s.expectedYear() + ")").toList();
            if (!misses.isEmpty()) {
                anyMiss = true;
                md.append("- **").append(group.getKey()).append("** (").append(misses.size()).append("): ")
                        .append(String.join("; ", misses.subList(0, Math.min(40, misses.size()))))
                        .append(misses.size() > 40 ? "; …" : "").append('\n');
            }
        }
        if (!anyMiss) {
            md.append("None.\n");
        }
        return md.toString();
    }
}
