package nianbao.validation.rules;

import java.util.List;
import java.util.Map;

/**
 * One rule as written in the rule set: its id, severity and switch, its kind, and for {@code sum} rules the
 * identity {@code sum(left) = sum(right)} over contract paths with {@code {placeholders}} expanded from
 * {@code forEach}. Messages may use {left}, {right} and the placeholders' labels.
 */
public record RuleDefinition(String id, String severity, Boolean enabled, String kind, String description,
                             Map<String, List<String>> forEach, List<String> left, List<String> right,
                             String message, String messageEn) {

    public boolean isEnabled() {
        return enabled == null || enabled;
    }

    public RuleDefinition with(Boolean enabled, String severity) {
        return new RuleDefinition(id, severity == null ? this.severity : severity, enabled == null ? this.enabled : enabled,
                kind, description, forEach, left, right, message, messageEn);
    }
}
