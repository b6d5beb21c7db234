package nianbao.parser.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.parser.corpus.families.CaseScore;
import nianbao.parser.corpus.families.Contract;
import nianbao.parser.corpus.families.Truth;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.parsing.ReportParser;
import nianbao.parser.region.RegionResolver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Two fuzz runs, fixed seed, every case reproducible from its index. The chaos run: seeds damaged at random (junk
 * characters, cut lines, swapped cells, truncation), the parser never throws, never hangs, and never reports a table
 * number that is not written in its input. The placement run: reports whose every cell is known (the seeds and
 * generated reports of the six layout families) damaged in ways that keep that knowledge exact ("7" → "7件", "0" →
 * "O", "12" → "1 2", a cell or a row or a label deleted, a label garbled or moved to the line before, a row or a
 * table duplicated, page footers, running headers, stray spaces); every number the parser reports must be the
 * one of its own cell (or null). Defaults: 2,000 chaos and 300 placement cases; longer runs:
 * {@code mvn -B -pl parser-service -am test -Dtest=ParserFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.iterations=200000 -Dfuzz.placement.iterations=20000}
 * (optionally {@code -Dfuzz.seed=...}). Failing inputs go to target/fuzz-failures/, each run's figures (mutations,
 * failures, the slowest parse: a figure, not an assertion) to target/fuzz-summary.txt.
 */
class ParserFuzzTest {

    private static final List<String> SEEDS = List.of("000_2f8ee6c9bd0fa497", "001_f44f10d947acded0",
            "002_e0a437375778a97d", "003_823561134eb090dd", "004_98d78a100eee2400");
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 2_000);
    private static final int PLACEMENT_ITERATIONS = Integer.getInteger("fuzz.placement.iterations", 300);
    private static final long BASE_SEED = Long.getLong("fuzz.seed", 20250101L);
    /**
     * A hang detector, not a speed assertion (house style: tests never assert wall-clock time). A parse takes well
     * under a millisecond; 5 s only catches runaway regexes and endless loops, even on a loaded build machine.
     */
    private static final Duration HANG = Duration.ofSeconds(5);
    private static final Pattern NUMBER_TOKEN = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReportParser PARSER = new ReportParser(RegionResolver.load());

    @Test
    void mutatedSeedsNeverThrowNeverHangAndNeverInventNumbers() {
        List<String> seeds = SEEDS.stream().map(ParserFuzzTest::seedText).toList();
        List<String> failures = new ArrayList<>();
        long slowestNanos = 0;
        String slowestCase = "none";
        for (int i = 0; i < ITERATIONS && failures.size() < 20; i++) {
            Random random = new Random(BASE_SEED * 1_000_003L + i);
            int seed = random.nextInt(seeds.size());
            Mutator mutator = new Mutator(random);
            String input = mutator.mutate(seeds.get(seed));
            String caseName = "case " + i + " (seed " + SEEDS.get(seed) + ", mutations " + mutator.applied() + ")";
            String reportId = "fuzz-" + i;
            ParsedReport report;
            long started = System.nanoTime();
            try {
                report = assertTimeoutPreemptively(HANG, () -> PARSER.parse(reportId, input, null), caseName);
                if (System.nanoTime() - started > slowestNanos) {
                    slowestNanos = System.nanoTime() - started;
                    slowestCase = caseName;
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(caseName + ": threw " + e);
                FuzzFailures.save(i, input);
                continue;
            }
            Set<BigDecimal> written = numbersIn(input);
            List<String> invented = tableNumbers(report).stream()
                    .filter(n -> written.stream().noneMatch(w -> w.compareTo(n) == 0))
                    .map(BigDecimal::toPlainString).toList();
            if (!invented.isEmpty()) {
                failures.add(caseName + ": reported numbers not in the input " + invented);
                FuzzFailures.save(i, input);
            }
        }
        FuzzFailures.summary(ITERATIONS, failures.size(), slowestNanos, slowestCase);
        assertThat(failures).as("fuzz failures (inputs in target/fuzz-failures/)").isEmpty();
    }

    @Test
    void everyNumberOfAMutatedReportIsTheOneOfItsOwnCell() {
        List<String> failures = new ArrayList<>();
        long slowestNanos = 0;
        String slowestCase = "none";
        for (int i = 0; i < PLACEMENT_ITERATIONS && failures.size() < 20; i++) {
            PlacementCase c = PlacementCase.draw(new Random(BASE_SEED * 1_000_003L + 7_000_000_000L + i), i);
            String caseName = c.name() + " " + c.mutations();
            ParsedReport report;
            long started = System.nanoTime();
            try {
                report = assertTimeoutPreemptively(HANG, () -> PARSER.parse("placement-" + c.name(), c.text(), c.mediaType(), null),
                        caseName);
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(caseName + ": threw " + e);
                FuzzFailures.save("placement-" + i + extension(c), c.text());
                continue;
            }
            if (System.nanoTime() - started > slowestNanos) {
                slowestNanos = System.nanoTime() - started;
                slowestCase = c.name();
            }
            JsonNode actual = JSON.valueToTree(report);
            List<String> misplaced = new ArrayList<>();
            for (String path : Contract.allPaths()) {
                BigDecimal got = CaseScore.number(actual, path);
                BigDecimal own = c.truth().cells().get(path);
                if (got != null && !Truth.sameNumber(got, own)) {
                    misplaced.add(path + " = " + got.toPlainString() + " (its cell: " + (own == null ? "no number" : own.toPlainString()) + ")");
                }
            }
            if (!misplaced.isEmpty()) {
                failures.add(caseName + ": " + misplaced);
                FuzzFailures.save("placement-" + i + extension(c), c.text());
            }
        }
        FuzzFailures.summary("placement: mutated seeds and family reports, every number in its own cell", PLACEMENT_ITERATIONS,
                failures.size(), slowestNanos, slowestCase);
        assertThat(failures).as("numbers reported in a cell that is not theirs (inputs in target/fuzz-failures/)").isEmpty();
    }

    private static String extension(PlacementCase c) {
        return c.mediaType().equals("text/html") ? ".html" : ".txt";
    }

    /** Every number token of the text, after full-width digits are folded (NFKC) and thousands separators dropped; "-" before it gives its negative too. */
    static Set<BigDecimal> numbersIn(String text) {
        Set<BigDecimal> numbers = new HashSet<>();
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        Matcher m = NUMBER_TOKEN.matcher(normalized);
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group().replace(",", ""));
            numbers.add(value);
            if (m.start() > 0 && normalized.charAt(m.start() - 1) == '-') {
                numbers.add(value.negate());
            }
        }
        return numbers;
    }

    /** Every non-null number in the three tables of the result. */
    static List<BigDecimal> tableNumbers(ParsedReport report) {
        List<BigDecimal> numbers = new ArrayList<>();
        collect(JSON.valueToTree(report.activeDisclosure()), numbers);
        collect(JSON.valueToTree(report.applications()), numbers);
        collect(JSON.valueToTree(report.reviewsAndLawsuits()), numbers);
        return numbers;
    }

    private static void collect(JsonNode node, List<BigDecimal> numbers) {
        if (node == null) {
            return;
        }
        if (node.isNumber()) {
            numbers.add(node.decimalValue());
        }
        node.elements().forEachRemaining(child -> collect(child, numbers));
    }

    private static String seedText(String name) {
        try (InputStream in = ParserFuzzTest.class.getResourceAsStream("/seeds/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
