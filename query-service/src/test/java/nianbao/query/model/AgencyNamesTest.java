package nianbao.query.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example of docs/agency-key-examples.tsv (name, tab, key; ∅ for no key), the table validation-service's
 * AgencyKeyTest runs too, so the two services agree on what "the same agency" is.
 */
class AgencyNamesTest {

    private static final Path EXAMPLES = Path.of("../docs/agency-key-examples.tsv");

    static List<String[]> examples() throws IOException {
        List<String[]> examples = Files.readAllLines(EXAMPLES, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .toList();
        assertThat(examples).as("examples in " + EXAMPLES).isNotEmpty()
                .allSatisfy(columns -> assertThat(columns).as("name<TAB>key").hasSize(2));
        return examples;
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("examples")
    void theKeyIsTheOneTheExamplesGive(String name, String key) {
        assertThat(AgencyNames.key(name)).isEqualTo(key.equals("∅") ? null : key);
    }
}
