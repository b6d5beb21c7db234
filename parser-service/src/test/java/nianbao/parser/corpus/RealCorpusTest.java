package nianbao.parser.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.parser.corpus.families.CaseScore;
import nianbao.parser.corpus.families.Contract;
import nianbao.parser.corpus.families.RealCorpus;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.parsing.ReportParser;
import nianbao.parser.region.RegionResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real development corpus (samples/corpus: reports agencies published, values checked by hand): agency, year and
 * every one of the 200 cells (and otherHandling.combined) exactly as the hand-checked JSON says. 005.pdf is read as
 * ingest-service hands it on (src/test/resources/corpus/005.pdf.html).
 */
class RealCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReportParser PARSER = new ReportParser(RegionResolver.load());

    static List<RealCorpus.Report> reports() {
        return RealCorpus.reports();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyCellAgencyAndYearAreTheHandCheckedOnes(RealCorpus.Report real) {
        ParsedReport report = PARSER.parse(real.name(), real.content(), real.mediaType(), null);
        JsonNode actual = JSON.valueToTree(report);

        assertThat(report.agency()).as(real.name() + " agency").isEqualTo(real.truth().agency());
        assertThat(report.year()).as(real.name() + " year").isEqualTo(real.truth().year());
        Map<String, String> want = new TreeMap<>();
        Map<String, String> got = new TreeMap<>();
        for (String path : Contract.allPaths()) {
            want.put(path, text(real.truth().cells().get(path)));
            got.put(path, text(CaseScore.number(actual, path)));
        }
        assertThat(got).as(real.name() + " cells").containsExactlyInAnyOrderEntriesOf(want);
    }

    private static String text(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
