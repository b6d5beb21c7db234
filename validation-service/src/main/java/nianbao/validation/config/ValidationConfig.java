package nianbao.validation.config;

import io.smallrye.config.ConfigMapping;

import java.util.Map;
import java.util.Optional;

/**
 * validation-service's own settings ({@code nianbao.validation.*}): per-rule switches and severities, the parser, how
 * many requests the open endpoints serve at once.
 */
@ConfigMapping(prefix = "nianbao.validation")
public interface ValidationConfig {

    /** Where parser-service answers {@code POST /parse}, for {@code POST /check} on drafts. */
    @io.smallrye.config.WithDefault("http://localhost:8082")
    String parserUrl();

    /**
     * How many {@code POST /validate} and {@code /check} requests may be in progress at once; more are answered 429.
     */
    @io.smallrye.config.WithDefault("4")
    int maxConcurrentRequests();

    /** Overrides by rule id, e.g. {@code nianbao.validation.rules."S06".severity=info}. */
    Map<String, RuleSettings> rules();

    /** One rule's overrides; what is not set keeps the rule set's value. */
    interface RuleSettings {
        Optional<Boolean> enabled();

        Optional<String> severity();
    }
}
