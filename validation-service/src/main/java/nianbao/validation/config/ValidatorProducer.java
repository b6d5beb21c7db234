package nianbao.validation.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nianbao.validation.rules.RuleSet;
import nianbao.validation.rules.Validator;

import java.util.HashMap;
import java.util.Map;

/** Builds the validator once from the bundled rule set and the overrides in configuration. */
@ApplicationScoped
public class ValidatorProducer {

    @Produces
    @ApplicationScoped
    Validator validator(ValidationConfig config) {
        Map<String, RuleSet.Override> overrides = new HashMap<>();
        config.rules().forEach((id, settings) ->
                overrides.put(id, new RuleSet.Override(settings.enabled().orElse(null), settings.severity().orElse(null))));
        return new Validator(RuleSet.bundled(overrides));
    }
}
