package nianbao.validation.rules;

import java.util.List;

/** S06: the cells left blank or marked "/", "-", "无" are listed (they count as 0 in every identity). */
public final class BlankCellsRule extends DefinedRule {

    public BlankCellsRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        List<String> blank = report.cells().inState(CellState.BLANK);
        if (blank.isEmpty()) {
            return List.of();
        }
        return List.of(finding(blank, "a number", "blank or not applicable",
                blank.size() + " 个单元格为空或填写“/”“-”“无”，核对时按 0 计算",
                blank.size() + " cells are blank or marked not applicable; they count as 0 when checking"));
    }
}
