package nianbao.validation.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules in force, built from the rule-set JSON (the rules are data: id, severity, on/off, and for sum
 * identities the identity itself) with per-rule overrides applied.
 */
public final class RuleSet {

    /** An override of one rule's switch or severity, from configuration. */
    public record Override(Boolean enabled, String severity) {
    }

    private final String version;
    private final List<Rule> rules;

    private RuleSet(String version, List<Rule> rules) {
        this.version = version;
        this.rules = List.copyOf(rules);
    }

    public static RuleSet load(InputStream json, Map<String, Override> overrides) {
        try {
            RuleSetFile file = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(json, RuleSetFile.class);
            List<Rule> rules = new ArrayList<>();
            for (RuleDefinition definition : file.rules()) {
                Override override = overrides.get(definition.id());
                RuleDefinition effective = override == null ? definition : definition.with(override.enabled(), override.severity());
                if (effective.isEnabled()) {
                    rules.add(create(effective, file.labels()));
                }
            }
            return new RuleSet(file.version(), rules);
        } catch (IOException e) {
            throw new UncheckedIOException("the rule set cannot be read", e);
        }
    }

    /** A rule set of the given rules, as they are (for a rule written elsewhere, e.g. in a test). */
    public static RuleSet of(String version, List<Rule> rules) {
        return new RuleSet(version, rules);
    }

    /** The bundled rule set (src/main/resources/rules/ruleset.json). */
    public static RuleSet bundled(Map<String, Override> overrides) {
        try (InputStream in = RuleSet.class.getResourceAsStream("/rules/ruleset.json")) {
            return load(in, overrides);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rule create(RuleDefinition definition, Map<String, String> labels) {
        return switch (definition.kind()) {
            case "sum" -> new SumIdentityRule(definition, labels);
            case "sections-present" -> new SectionsPresentRule(definition);
            case "template-complete" -> new TemplateCompleteRule(definition);
            case "counts" -> new CountsRule(definition);
            case "blank-cells" -> new BlankCellsRule(definition);
            case "section-order" -> new SectionOrderRule(definition);
            case "template-year" -> new TemplateYearRule(definition);
            case "one-year" -> new OneYearRule(definition);
            case "carried-over" -> new CarriedOverRule(definition);
            case "narrative-table" -> new NarrativeTableRule(definition);
            case "all-concluded" -> new AllConcludedRule(definition);
            case "fee-mention" -> new FeeMentionRule(definition);
            case "in-force-across-years" -> new InForceAcrossYearsRule(definition);
            case "issued-in-force" -> new IssuedInForceRule(definition);
            case "regulation-maker" -> new RegulationMakerRule(definition);
            case "active-disclosure-narrative" -> new ActiveDisclosureNarrativeRule(definition);
            case "fee-unit" -> new FeeUnitRule(definition);
            case "problems-section" -> new ProblemsSectionRule(definition);
            case "repeated-text" -> new RepeatedTextRule(definition);
            case "unread-cells" -> new UnreadCellsRule(definition);
            case "table-conflict" -> new TableConflictRule(definition);
            case "published-on-time" -> new PublishedOnTimeRule(definition);
            case "region-coverage" -> new RegionCoverageRule(definition);
            case "region-sum" -> new RegionSumRule(definition);
            default -> throw new IllegalArgumentException("rule " + definition.id() + ": unknown kind " + definition.kind());
        };
    }

    public String version() {
        return version;
    }

    public List<Rule> rules() {
        return rules;
    }
}
