package nianbao.validation.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds' statuses and coverage: every cell of each seed was read; seed 002's missing 其他 column leaves the
 * identities over it unchecked but the report is ERRORS for the missing column itself (S04).
 */
class SeedStatusTest {

    private final Validator validator = new Validator(RuleSet.bundled(Map.of()));

    @ParameterizedTest(name = "{0}: {1}, {2} identities unchecked")
    @CsvSource({
            "000_2f8ee6c9bd0fa497, PASSED, 0",
            "001_f44f10d947acded0, PASSED, 0",
            "002_e0a437375778a97d, ERRORS, 27",
            "003_823561134eb090dd, PASSED, 0",
            "004_98d78a100eee2400, WARNINGS, 0"})
    void eachSeedIsReadWholeAndGetsItsStatus(String seed, String status, int unchecked) {
        Validation validation = validator.validate(SeedFindingsTest.seed(seed));

        assertThat(validation.status()).isEqualTo(status);
        assertThat(validation.coverage().cellsExpected()).isEqualTo(200);
        assertThat(validation.coverage().cellsRead()).isEqualTo(200);
        assertThat(validation.coverage().identitiesUnchecked()).as(validation.coverage().unchecked().toString()).isEqualTo(unchecked);
        assertThat(validation.coverage().identitiesChecked() + validation.coverage().identitiesUnchecked()).isEqualTo(44);
        assertThat(validation.coverage().unchecked()).filteredOn(u -> u.rule().equals("P01")).singleElement()
                .satisfies(u -> assertThat(u.missing()).containsExactly("publication.date"));
    }
}
