package nianbao.parser.docs;

import nianbao.parser.parsing.DiagnosticCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagnostic codes are a closed set written down once: docs/diagnostics.md lists exactly the codes of the
 * parser's enum, so a code added, renamed or dropped in one and not the other fails the build.
 */
class DiagnosticCodesDocTest {

    private static final Path DOC = Path.of("../docs/diagnostics.md");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\|", Pattern.MULTILINE);

    @Test
    void theDocumentListsExactlyTheEnumsCodes() throws IOException {
        Matcher m = TABLE_ROW.matcher(Files.readString(DOC));
        Set<String> documented = new java.util.TreeSet<>();
        while (m.find()) {
            documented.add(m.group(1));
        }
        Set<String> enumerated = Arrays.stream(DiagnosticCode.values()).map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new));

        assertThat(documented).isEqualTo(enumerated);
    }
}
