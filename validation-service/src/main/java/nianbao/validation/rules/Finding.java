package nianbao.validation.rules;

import java.util.List;

/** One thing a rule found, pointed at the exact cells, with the Chinese message and its English gloss. */
public record Finding(String ruleId, String severity, List<String> cells, String expected, String actual,
                      String message, String messageEn) {
}
