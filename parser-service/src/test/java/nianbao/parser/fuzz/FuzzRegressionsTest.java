package nianbao.parser.fuzz;

import nianbao.parser.model.ParsedReport;
import nianbao.parser.parsing.ReportParser;
import nianbao.parser.region.RegionResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inputs the long fuzz run (200,000 mutations) once failed on, kept in src/test/resources/fuzz-regressions/:
 * an applications table without any column header (threw IndexOutOfBoundsException), and digits joined across a
 * no-break space, a zero-width no-break space or quotation marks (read as one number that is not in the text).
 */
class FuzzRegressionsTest {

    private static final ReportParser PARSER = new ReportParser(RegionResolver.load());

    @ParameterizedTest
    @ValueSource(strings = {"case-6657", "case-15860", "case-45263", "case-49791", "case-58185", "case-61737",
            "case-101155", "case-108067"})
    void parsesWithoutThrowingAndReportsOnlyNumbersOfTheText(String name) throws IOException {
        String input;
        try (InputStream in = FuzzRegressionsTest.class.getResourceAsStream("/fuzz-regressions/" + name + ".txt")) {
            input = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        ParsedReport report = PARSER.parse(name, input, null);

        Set<BigDecimal> written = ParserFuzzTest.numbersIn(input);
        List<BigDecimal> invented = ParserFuzzTest.tableNumbers(report).stream()
                .filter(n -> written.stream().noneMatch(w -> w.compareTo(n) == 0)).toList();
        assertThat(invented).as("numbers reported that are not in the input").isEmpty();
    }
}
