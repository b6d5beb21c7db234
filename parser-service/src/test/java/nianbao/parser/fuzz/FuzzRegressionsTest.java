package nianbao.parser.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.parser.corpus.families.CaseScore;
import nianbao.parser.corpus.families.Contract;
import nianbao.parser.corpus.families.Truth;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.parsing.ReportParser;
import nianbao.parser.region.RegionResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inputs the long fuzz runs once failed on, kept in src/test/resources/fuzz-regressions/. Chaos run (200,000
 * mutations): an applications table without any column header (threw IndexOutOfBoundsException), and digits joined
 * across a no-break space, a zero-width no-break space or quotation marks (read as one number that is not in the
 * text). Placement run (20,000 cases, seed 20250101; in placement/, each with the truth of its every cell): compound
 * damage that put a number in a neighbouring cell; placement-s7-* come from the run with seed 7.
 */
class FuzzRegressionsTest {

    private static final ReportParser PARSER = new ReportParser(RegionResolver.load());
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * Every number reported is that of its own cell. 11244: a label on the line before (TAB_EMPTY, its merged cells
     * left empty) and the next row deleted. 12222, 8910: the table printed twice, the second copy starting under a
     * label on the line above, a cell differing. 16287: a markdown row with its label on the line before, a cell
     * deleted, the table printed twice. 16894, 18762, 8048, 8691: a page number right under a label standing alone in
     * table 二. 4934: table 二 printed twice with a row doubled and one unplaced. 5163: a row doubled (its label on the
     * line above) and its neighbour deleted. 7713: table 四 printed twice, one copy's numbers read as text. Seed 7:
     * 11013, a tab row under its label keeping the label's empty cells, a cell deleted; 18296, 3171, page numbers under
     * a label alone; 2245, a label alone whose cell was deleted over the next row's number, that row's label lost;
     * 18519, 5726, 6425, 8047, a row or table printed twice; 900, an OCR label's closing quote after a stray space read
     * as a blank cell, a cell deleted. 13329, s7-9393: a markdown row under its label on the line before, the label's
     * cell left empty, a cell deleted. 16169: a page number (the document numbers its pages 1, 2, 3 …) right under
     * 行政处罚 standing alone, its cell deleted.
     */
    @ParameterizedTest
    @ValueSource(strings = {"placement-11244.txt", "placement-12222.txt", "placement-16287.txt", "placement-16894.txt",
            "placement-18762.txt", "placement-4934.txt", "placement-5163.txt", "placement-7713.txt", "placement-8048.txt",
            "placement-8691.txt", "placement-8910.txt", "placement-s7-11013.txt", "placement-s7-18296.txt",
            "placement-s7-18519.txt", "placement-s7-2245.txt", "placement-s7-3171.txt", "placement-s7-5726.txt",
            "placement-s7-6425.txt", "placement-s7-8047.txt", "placement-s7-900.txt", "placement-13329.txt",
            "placement-s7-9393.txt", "placement-16169.txt"})
    void everyNumberOfAFormerPlacementFailureIsTheOneOfItsOwnCell(String file) throws IOException {
        String name = file.substring(0, file.lastIndexOf('.'));
        String input = resource("/fuzz-regressions/placement/" + file);
        Truth truth = Truth.of(JSON.readTree(resource("/fuzz-regressions/placement/" + name + ".expected.json")));

        ParsedReport report = PARSER.parse(name, input, file.endsWith(".html") ? "text/html" : "text/plain", null);

        JsonNode actual = JSON.valueToTree(report);
        List<String> misplaced = new ArrayList<>();
        for (String path : Contract.allPaths()) {
            BigDecimal got = CaseScore.number(actual, path);
            BigDecimal own = truth.cells().get(path);
            if (got != null && !Truth.sameNumber(got, own)) {
                misplaced.add(path + " = " + got.toPlainString() + " (its cell: " + (own == null ? "no number" : own.toPlainString()) + ")");
            }
        }
        assertThat(misplaced).as("numbers reported in a cell that is not theirs").isEmpty();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = FuzzRegressionsTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
