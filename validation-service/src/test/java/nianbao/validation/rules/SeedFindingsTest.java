package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seed reports as parser-service reads them (src/test/resources/seeds, from POST /parse on samples/) get
 * exactly the findings a careful reviewer would list, alone and with each other as history.
 */
class SeedFindingsTest {

    private final Validator validator = new Validator(RuleSet.bundled(Map.of()));

    static JsonNode seed(String name) {
        try (InputStream in = SeedFindingsTest.class.getResourceAsStream("/seeds/" + name + ".json")) {
            return Reports.JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "000_2f8ee6c9bd0fa497|",
            "001_f44f10d947acded0|",
            "002_e0a437375778a97d|S04=error,S06=warning",
            "003_823561134eb090dd|",
            "004_98d78a100eee2400|S06=warning"})
    void eachSeedGetsWhatAReviewerWouldList(String seed, String expected) {
        Map<String, String> rules = new TreeMap<>();
        List<Finding> findings = validator.validate(seed(seed)).findings();
        findings.forEach(f -> rules.merge(f.ruleId(), f.severity(), (a, b) -> a));

        Map<String, String> wanted = new TreeMap<>();
        if (expected != null) {
            for (String pair : expected.split(",")) {
                wanted.put(pair.split("=")[0], pair.split("=")[1]);
            }
        }
        assertThat(rules).as(findings.toString()).isEqualTo(wanted);
    }

    @Test
    void seed002IsMissingTheOtherColumnAndItsBlankTotalsAreListed() {
        List<Finding> findings = validator.validate(seed("002_e0a437375778a97d")).findings();

        assertThat(findings).filteredOn(f -> f.ruleId().equals("S04")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("applications.other"));
    }

    @Test
    void seed004HasBlankReviewCellsAndNoT401ErrorForThem() {
        List<Finding> findings = validator.validate(seed("004_98d78a100eee2400")).findings();

        assertThat(findings).extracting(Finding::ruleId).doesNotContain("T4-01");
        assertThat(findings).filteredOn(f -> f.ruleId().equals("S06")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("reviewsAndLawsuits.review.upheld",
                        "reviewsAndLawsuits.review.corrected", "reviewsAndLawsuits.review.other",
                        "reviewsAndLawsuits.review.pending", "reviewsAndLawsuits.review.total"));
    }

    @Test
    void seedsOfDifferentAgenciesAreNotNearIdenticalAndNoSeedRepeatsAnother() {
        List<String> names = List.of("000_2f8ee6c9bd0fa497", "001_f44f10d947acded0", "002_e0a437375778a97d",
                "003_823561134eb090dd", "004_98d78a100eee2400");
        for (String name : names) {
            List<History.Peer> peers = names.stream().filter(n -> !n.equals(name))
                    .map(n -> new History.Peer(n, seed(n).path("agency").asText(), TextFingerprint.of(seed(n)))).toList();
            ObjectNode lastYear = seed(names.get((names.indexOf(name) + 1) % names.size())).deepCopy();

            List<Finding> findings = validator.validate(seed(name), new History(lastYear, peers)).findings();

            assertThat(findings).extracting(Finding::ruleId).as(name).doesNotContain("X05", "X06");
        }
    }
}
