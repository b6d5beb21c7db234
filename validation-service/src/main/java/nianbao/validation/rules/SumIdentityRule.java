package nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An identity over contract paths, {@code sum(left) = sum(right)}, checked for every combination of its
 * {@code forEach} placeholders, over the cells of the report's layout (operands outside it, such as
 * {@code otherHandling.combined} in a report with the three sub-rows, are not part of the identity; a binding with no
 * operand left on a side is no identity of this layout). Blank cells count as 0; an identity with an unread or absent
 * operand is not computed from the rest: it is tallied as not checked, with the cells it lacked.
 */
public final class SumIdentityRule implements Rule {

    private final RuleDefinition definition;
    private final Map<String, String> labels;

    public SumIdentityRule(RuleDefinition definition, Map<String, String> labels) {
        this.definition = definition;
        this.labels = labels == null ? Map.of() : labels;
    }

    @Override
    public RuleDefinition definition() {
        return definition;
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        List<Finding> findings = new ArrayList<>();
        ReportCells cells = report.cells();
        for (Map<String, String> binding : bindings()) {
            List<String> left = expand(definition.left(), binding).stream().filter(cells::inLayout).toList();
            List<String> right = expand(definition.right(), binding).stream().filter(cells::inLayout).toList();
            if (left.isEmpty() || right.isEmpty()) {
                continue;
            }
            List<String> all = new ArrayList<>(left);
            all.addAll(right);
            List<String> missing = all.stream().filter(path -> !cells.checkable(path)).toList();
            if (!missing.isEmpty()) {
                report.tally().identityUnchecked(definition.id(), String.join(",", binding.values()), missing);
                continue;
            }
            report.tally().identityChecked();
            BigDecimal leftSum = sum(cells, left);
            BigDecimal rightSum = sum(cells, right);
            if (leftSum.compareTo(rightSum) != 0) {
                findings.add(new Finding(definition.id(), definition.severity(), all, plain(leftSum), plain(rightSum),
                        fill(definition.message(), binding, leftSum, rightSum, true),
                        fill(definition.messageEn(), binding, leftSum, rightSum, false)));
            }
        }
        return findings;
    }

    /** 8 rather than 8.0 or 8E+0, however the report wrote it. */
    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal sum(ReportCells cells, List<String> paths) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String path : paths) {
            sum = sum.add(cells.valueForChecking(path));
        }
        return sum;
    }

    /** Every combination of placeholder values, in the order the rule set lists them. */
    private List<Map<String, String>> bindings() {
        List<Map<String, String>> result = new ArrayList<>();
        result.add(new LinkedHashMap<>());
        if (definition.forEach() == null) {
            return result;
        }
        for (Map.Entry<String, List<String>> placeholder : definition.forEach().entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : result) {
                for (String value : placeholder.getValue()) {
                    Map<String, String> binding = new LinkedHashMap<>(partial);
                    binding.put(placeholder.getKey(), value);
                    next.add(binding);
                }
            }
            result = next;
        }
        return result;
    }

    private static List<String> expand(List<String> paths, Map<String, String> binding) {
        List<String> expanded = new ArrayList<>();
        for (String path : paths == null ? List.<String>of() : paths) {
            String p = path;
            for (Map.Entry<String, String> b : binding.entrySet()) {
                p = p.replace("{" + b.getKey() + "}", b.getValue());
            }
            expanded.add(p);
        }
        return expanded;
    }

    /** Fills a message; in Chinese, placeholders take their labels (自然人), in English their keys. */
    private String fill(String template, Map<String, String> binding, BigDecimal left, BigDecimal right, boolean chinese) {
        if (template == null) {
            return null;
        }
        String text = template.replace("{left}", plain(left)).replace("{right}", plain(right));
        for (Map.Entry<String, String> b : binding.entrySet()) {
            text = text.replace("{" + b.getKey() + "}", chinese ? labels.getOrDefault(b.getValue(), b.getValue()) : b.getValue());
        }
        return text;
    }
}
