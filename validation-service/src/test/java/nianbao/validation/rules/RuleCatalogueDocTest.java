package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/rules.md, the catalogue, lists exactly the rules of ruleset.json with the same severities, and says for each
 * what it does with unread cells; every path the module's README names is a file of the repository.
 */
class RuleCatalogueDocTest {

    private static final Path CATALOGUE = Path.of("../docs/rules.md");

    /** Each documented rule row: id → [severity, what it does with unread or absent operands]. */
    private static Map<String, List<String>> documented() throws IOException {
        Map<String, List<String>> rules = new TreeMap<>();
        List<String> header = List.of();
        for (String line : Files.readAllLines(CATALOGUE, StandardCharsets.UTF_8)) {
            if (!line.startsWith("|") || line.startsWith("|---")) {
                header = line.startsWith("|") ? header : List.of();
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|")).map(String::strip).toList();
            if (cells.get(0).equals("id")) {
                header = cells;
            } else if (header.contains("severity")) {
                assertThat(rules).as("%s documented twice", cells.get(0)).doesNotContainKey(cells.get(0));
                rules.put(cells.get(0), List.of(cells.get(header.indexOf("severity")),
                        header.size() > 3 ? cells.get(header.size() - 1) : ""));
            }
        }
        return rules;
    }

    private static Map<String, String> ruleSet() throws IOException {
        Map<String, String> rules = new TreeMap<>();
        try (InputStream in = RuleSet.class.getResourceAsStream("/rules/ruleset.json")) {
            for (JsonNode rule : Reports.JSON.readTree(in).get("rules")) {
                rules.put(rule.get("id").asText(), rule.get("severity").asText());
            }
        }
        return rules;
    }

    @Test
    void theCatalogueListsEveryRuleOfTheRuleSetWithItsSeverityAndNothingElse() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        documented().forEach((id, columns) -> documented.put(id, columns.get(0)));

        assertThat(documented).isEqualTo(ruleSet());
    }

    @Test
    void theCatalogueSaysWhatEachRuleDoesWithUnreadCells() throws IOException {
        assertThat(documented()).allSatisfy((id, columns) -> assertThat(columns.get(1)).as(id).isNotEmpty());
    }

    @Test
    void everyPathTheReadmeNamesIsAFileOfTheRepository() throws IOException {
        Path repository = Path.of("..").toRealPath();
        Matcher reference = Pattern.compile("\\.\\./[^\\s)`'\"]+").matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        List<String> outside = new ArrayList<>();
        int seen = 0;
        while (reference.find()) {
            seen++;
            Path target = Path.of(reference.group()).toAbsolutePath().normalize();
            if (!target.startsWith(repository) || !Files.exists(target)) {
                outside.add(reference.group());
            }
        }
        assertThat(seen).as("the README points to the project's docs").isPositive();
        assertThat(outside).isEmpty();
    }
}
