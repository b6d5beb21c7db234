package nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * R01: what the parser could not read, one finding per diagnostic of docs/diagnostics.md that reaches R01 (ROW_UNREAD,
 * ROW_AMBIGUOUS, ROW_OUT_OF_ORDER, UNPLACED_VALUES, CELL_TEXT, OCR_UNCERTAIN, NUMBER_TOO_LARGE, TABLE_CONFLICT) with the unread cells
 * it names, and one for unread cells no diagnostic explains. A limit of the reader, never the agency's fault: info.
 */
public final class UnreadCellsRule extends DefinedRule {

    public UnreadCellsRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        List<String> unread = report.cells().inState(CellState.UNREAD);
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic d : report.diagnostics()) {
            if (!DiagnosticFindings.reports(definition().id(), d.code())) {
                continue;
            }
            List<String> named = unread.stream().filter(cell -> ReportCells.specificity(d, cell) >= 0).toList();
            List<String> cells = named.isEmpty() ? List.of(d.path()) : named;
            findings.add(finding(cells, "read", d.seen(),
                    "未能读取" + d.path() + "（" + d.code() + "），涉及的核对未进行；这是解析的局限，不是报告的错误",
                    "could not read " + d.path() + " (" + d.code() + "); the identities over it were not checked. "
                            + "A limit of the reader, not a fault of the report"));
        }
        List<String> unexplained = unread.stream().filter(cell -> report.diagnostics().stream()
                .noneMatch(d -> explains(d, cell))).toList();
        if (!unexplained.isEmpty()) {
            findings.add(finding(unexplained, "read", "null",
                    unexplained.size() + " 个单元格未能读取（解析未说明原因），涉及的核对未进行",
                    unexplained.size() + " cells were not read (the parser gave no reason); the identities over them were not checked"));
        }
        return findings;
    }

    /** Whether a diagnostic that reaches a finding (R01 here, S01 for a missing table) already names the cell. */
    private boolean explains(Diagnostic d, String cell) {
        return (DiagnosticFindings.reports(definition().id(), d.code()) || d.code() == DiagnosticCode.TABLE_MISSING)
                && ReportCells.specificity(d, cell) >= 0;
    }
}
