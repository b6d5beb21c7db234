package nianbao.validation.rules;

import java.util.List;

/** A rule written in Java whose id, severity and switch come from its definition in the rule set. */
abstract class DefinedRule implements Rule {

    private final RuleDefinition definition;

    DefinedRule(RuleDefinition definition) {
        this.definition = definition;
    }

    @Override
    public RuleDefinition definition() {
        return definition;
    }

    /** A finding of this rule at its configured severity. */
    Finding finding(List<String> cells, String expected, String actual, String message, String messageEn) {
        return new Finding(definition.id(), definition.severity(), cells, expected, actual, message, messageEn);
    }
}
