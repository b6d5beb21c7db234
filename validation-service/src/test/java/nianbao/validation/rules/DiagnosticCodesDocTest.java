package nianbao.validation.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * validation-service's copy of the closed set of diagnostic codes is docs/diagnostics.md's table: the same codes, each
 * with the cell state and the rules of its row. A code added to one and not the other fails here.
 */
class DiagnosticCodesDocTest {

    private static final Path DOC = Path.of("../docs/diagnostics.md");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([A-Z0-9_]+)`\\s*\\|(.*)\\|\\s*$");
    private static final Pattern RULE = Pattern.compile("\\b[A-Z]\\d{2}(?:-\\d{2})?\\b");

    /** The documented rows: code → [what it means, cell state, finding]. */
    static Map<String, String[]> documented() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.put(m.group(1), Arrays.stream(m.group(2).split("\\|")).map(String::strip).toArray(String[]::new));
            }
        }
        return rows;
    }

    @Test
    void theEnumHoldsExactlyTheDocumentedCodesInTheirOrder() throws IOException {
        assertThat(Arrays.stream(DiagnosticCode.values()).map(Enum::name).toList())
                .containsExactlyElementsOf(documented().keySet());
    }

    @Test
    void eachCodeMeansForTheCellsWhatTheDocSays() throws IOException {
        documented().forEach((code, columns) -> {
            String documentedState = columns[1].split("[\\s(]")[0];
            CellState state = DiagnosticCode.valueOf(code).cellState();
            assertThat(state == null ? "—" : state.name().toLowerCase()).as(code).isEqualTo(documentedState);
        });
    }

    @Test
    void eachCodeReachesTheRulesTheDocSays() throws IOException {
        documented().forEach((code, columns) -> {
            List<String> rules = new ArrayList<>();
            RULE.matcher(columns[2]).results().forEach(r -> rules.add(r.group()));
            assertThat(DiagnosticFindings.rules(DiagnosticCode.valueOf(code))).as(code).containsExactlyElementsOf(rules);
        });
    }
}
