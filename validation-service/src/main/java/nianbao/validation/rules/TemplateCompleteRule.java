package nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * S04: every row and column of the template is present. A missing column or row is an error; a single
 * （六）其他处理 row in a 2021-format report is a warning.
 */
public final class TemplateCompleteRule extends DefinedRule {

    public TemplateCompleteRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic d : report.diagnostics(DiagnosticCode.COLUMN_MISSING, DiagnosticCode.ROW_MISSING)) {
            boolean column = d.code() == DiagnosticCode.COLUMN_MISSING;
            String what = String.valueOf(d.cell());
            findings.add(finding(List.of(d.path()), "present", "missing",
                    (column ? "统计表缺少列：" : "统计表缺少行：") + what,
                    (column ? "column missing from the table: " : "row missing from the table: ") + what));
        }
        if (report.template().equals("2021")) {
            for (Diagnostic d : report.diagnostics(DiagnosticCode.OTHER_HANDLING_COMBINED)) {
                findings.add(new Finding(definition().id(), Severity.WARNING, List.of(d.path()),
                        "three sub-rows", "one row", "（六）其他处理未按2021年格式分列三项",
                        "（六）其他处理 printed as one row instead of the 2021 format's three sub-rows"));
            }
        }
        return findings;
    }
}
