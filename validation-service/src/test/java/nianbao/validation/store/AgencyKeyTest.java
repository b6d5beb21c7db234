package nianbao.validation.store;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example of {@code docs/agency-key-examples.tsv} (name, tab, key; ∅ for no key) gets its key: query-service
 * runs the same table, so the two services agree on what "the same agency" is.
 */
class AgencyKeyTest {

    private static final Path EXAMPLES = Path.of("../docs/agency-key-examples.tsv");

    @Test
    void everyExampleOfTheSharedTableGetsItsKey() throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLES, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();

        assertThat(lines).hasSizeGreaterThanOrEqualTo(10);
        for (String line : lines) {
            assertThat(line).as("a line of name, tab, key").contains("\t");
            String name = line.substring(0, line.lastIndexOf('\t'));
            String key = line.substring(line.lastIndexOf('\t') + 1);
            assertThat(AgencyKey.of(name)).as("key of [%s]", name).isEqualTo(key.equals("∅") ? null : key);
        }
    }

    @Test
    void noNameIsNoKey() {
        assertThat(AgencyKey.of(null)).isNull();
    }
}
