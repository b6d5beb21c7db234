package nianbao.validation.rules;

import java.util.List;
import java.util.Map;

/** The rule set as stored in JSON: its version, labels for placeholders in messages, and the rules. */
public record RuleSetFile(String version, Map<String, String> labels, List<RuleDefinition> rules) {
}
