package nianbao.parser.corpus.families;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated report before any layout: the title as printed (one to three lines), the agency and year a correct
 * reader gives, the paragraphs before 一、总体情况, the six sections with their tables, the closing lines
 * (signature, date), and the labels and table options every layout renders the tables with.
 */
public record ReportContent(List<String> titleLines, String agency, int year, List<String> preface,
                            List<Section> sections, List<String> closing, LabelSet labels, TableOptions options) {

    /** Every table printed, copies included. */
    public List<Table> tables() {
        return sections.stream().flatMap(s -> s.tables().stream()).toList();
    }

    /** The same report with the tables of one kind replaced (a mutation, or a duplicated table). */
    public ReportContent withTables(Table.Kind kind, List<Table> tables) {
        List<Section> changed = new ArrayList<>();
        for (Section s : sections) {
            boolean holds = s.tables().stream().anyMatch(t -> t.kind() == kind);
            changed.add(holds ? s.withTables(tables) : s);
        }
        return new ReportContent(titleLines, agency, year, preface, changed, closing, labels, options);
    }

    public List<Table> tablesOf(Table.Kind kind) {
        return tables().stream().filter(t -> t.kind() == kind).toList();
    }
}
