package nianbao.validation.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import nianbao.validation.rules.Finding;
import nianbao.validation.rules.ReportUnderCheck;
import nianbao.validation.rules.Rule;
import nianbao.validation.rules.RuleDefinition;
import nianbao.validation.rules.RuleSet;
import nianbao.validation.rules.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bundled rules plus one that throws an {@link Error} for a report whose agency names {@link #TRIGGER}: enabled
 * only by {@link ConstrainedServiceProfile}, to show a rule's failure dead-letters its record and nothing more.
 */
@Alternative
@ApplicationScoped
public class ThrowingRuleValidator {

    public static final String TRIGGER = "规则抛错局";

    @Produces
    @ApplicationScoped
    Validator validator() {
        RuleSet bundled = RuleSet.bundled(Map.of());
        List<Rule> rules = new ArrayList<>(bundled.rules());
        rules.add(new Rule() {
            private final RuleDefinition definition = new RuleDefinition("X99", "error", true, "throwing", "throws an Error",
                    null, null, null, null, null);

            @Override
            public RuleDefinition definition() {
                return definition;
            }

            @Override
            public List<Finding> check(ReportUnderCheck report) {
                if (report.agency().contains(TRIGGER)) {
                    throw new AssertionError("a rule that fails with an Error");
                }
                return List.of();
            }
        });
        return new Validator(RuleSet.of(bundled.version(), rules));
    }
}
