package nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * S08: one table, one set of numbers: a table or row printed twice with different values (the parser's
 * TABLE_CONFLICT; the cells that disagree are unread and R01 lists them too).
 */
public final class TableConflictRule extends DefinedRule {

    public TableConflictRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        List<String> unread = report.cells().inState(CellState.UNREAD);
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic d : report.diagnostics(DiagnosticCode.TABLE_CONFLICT)) {
            List<String> named = unread.stream().filter(cell -> ReportCells.specificity(d, cell) >= 0).toList();
            findings.add(finding(named.isEmpty() ? List.of(d.path()) : named, "one set of numbers", d.seen(),
                    d.path() + "印有两份数字不同的副本，不一致的单元格无法采信",
                    d.path() + " is printed twice with different numbers; the cells that disagree cannot be trusted"));
        }
        return findings;
    }
}
