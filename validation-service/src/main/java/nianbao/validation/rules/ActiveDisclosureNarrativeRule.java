package nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * T2-04: the counts of table 二 stated in sections 一 and 二 (行政许可 N 件, 行政处罚 N 件, 制发规范性文件 N 件) agree
 * with the table. A cell is flagged only when the text states it and no statement matches; a stated count whose cell
 * is unread or absent is not checked.
 */
public final class ActiveDisclosureNarrativeRule extends DefinedRule {

    private static final Map<String, Pattern> STATEMENTS = new LinkedHashMap<>();

    static {
        STATEMENTS.put("activeDisclosure.licensing", Pattern.compile("行政许可(?:决定|信息)?(?:共|累计)?\\s*(\\d+)\\s*[条件项个]"));
        STATEMENTS.put("activeDisclosure.punishment", Pattern.compile("行政处罚(?:决定|信息|案件)?(?:共|累计)?\\s*(\\d+)\\s*[条件项起个]"));
        STATEMENTS.put("activeDisclosure.normativeDocuments.issued",
                Pattern.compile("(?:制发|印发|出台)(?:行政)?规范性文件(?:共)?\\s*(\\d+)\\s*[件个份]"));
    }

    public ActiveDisclosureNarrativeRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        String text = String.valueOf(report.section(1)) + "\n" + String.valueOf(report.section(2));
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Pattern> statement : STATEMENTS.entrySet()) {
            List<BigDecimal> stated = new ArrayList<>();
            Matcher m = statement.getValue().matcher(text);
            while (m.find()) {
                stated.add(new BigDecimal(m.group(1)));
            }
            if (stated.isEmpty()) {
                continue;
            }
            if (!report.checkable(statement.getKey())) {
                report.tally().notChecked(definition().id(), statement.getKey(), List.of(statement.getKey()));
                continue;
            }
            BigDecimal table = report.cells().valueForChecking(statement.getKey());
            if (stated.stream().anyMatch(v -> v.compareTo(table) == 0)) {
                continue;
            }
            String said = stated.stream().map(NarrativeClaim::plain).distinct().collect(Collectors.joining("、"));
            findings.add(finding(List.of(statement.getKey()), NarrativeClaim.plain(table), said,
                    "正文所述件数" + said + "与主动公开统计表的" + NarrativeClaim.plain(table) + "不一致",
                    "the text states " + said + ", table 二 says " + NarrativeClaim.plain(table)));
        }
        return findings;
    }
}
