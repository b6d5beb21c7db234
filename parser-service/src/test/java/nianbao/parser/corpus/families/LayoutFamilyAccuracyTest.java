package nianbao.parser.corpus.families;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's acceptance test: the parser on every generated report of the six layout families and on the real
 * corpus (samples/corpus), cell by cell. The figures go to target/accuracy.md on every run, and to the file named by
 * {@code -Daccuracy.out} (bench/ACCURACY.md is made with the command in {@link #COMMAND}). Each target of the issue
 * is its own test, so a failure names the one that is missed: no wrong number in any family, every real report right
 * to the cell, at least 99% of cells right in every family, no generated report rejected or with a wrong agency or
 * year. The measurement itself happens once, before them. Cases per family: {@code -Daccuracy.cases} (default 120,
 * about half a minute; the bench command measures 400).
 */
class LayoutFamilyAccuracyTest {

    /** The committed command that writes bench/ACCURACY.md (from the repository root; a fresh clone needs no -o). */
    static final String COMMAND = "mvn -B -pl parser-service -am test -Dtest=LayoutFamilyAccuracyTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Daccuracy.cases=400 -Daccuracy.out=../bench/ACCURACY.md";
    static final String REAL_CORPUS = "real corpus (samples/corpus)";
    /** The heading of the section the OCR bench (OcrAccuracyBench) keeps in the same file. */
    static final String OCR_SECTION = "## Scanned reports (OCR)";
    private static final int CASES = Integer.getInteger("accuracy.cases", 120);
    private static final AccuracyReport REPORT = new AccuracyReport();

    @BeforeAll
    static void measure() throws IOException {
        Scorer scorer = new Scorer();
        for (Family family : Family.values()) {
            for (int i = 0; i < CASES; i++) {
                REPORT.add(family.description, scorer.score(FamilyCorpus.generate(family, i)));
            }
        }
        for (RealCorpus.Report real : RealCorpus.reports()) {
            REPORT.add(REAL_CORPUS, scorer.score(real.name(), real.content(), real.mediaType(), real.truth()));
        }
        String markdown = REPORT.markdown(COMMAND, LocalDate.now().toString(), commit(),
                CASES + " generated reports per family (FamilyCorpus, seed " + FamilyCorpus.SEED + ") and the six real reports");
        write(Path.of("target", "accuracy.md"), markdown);
        String out = System.getProperty("accuracy.out");
        if (out != null && !out.isBlank()) {
            write(Path.of(out), markdown + otherBenchSections(Path.of(out)));
        }
    }

    /** The sections other benches keep in the same file (the OCR bench's), kept as they are when this one rewrites its own. */
    private static String otherBenchSections(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf("\n" + OCR_SECTION);
        return at < 0 ? "" : text.substring(at);
    }

    @Test
    void noFamilyGivesAWrongNumber() {
        List<String> wrong = new ArrayList<>();
        for (Family family : Family.values()) {
            REPORT.groups().get(family.description).stream().filter(s -> !s.wrong().isEmpty())
                    .forEach(s -> wrong.add(s.name() + ": " + s.wrong()));
        }
        assertThat(wrong).as("reports with wrong numbers (all listed in target/accuracy.md)").isEmpty();
    }

    @Test
    void everyRealReportIsRightToTheCell() {
        List<String> misses = REPORT.groups().get(REAL_CORPUS).stream().filter(s -> !s.exact())
                .map(s -> s.name() + ": agency " + s.agency() + " year " + s.year() + ", unread " + s.unread() + ", wrong " + s.wrong())
                .toList();
        assertThat(misses).as("real reports not right to the cell").isEmpty();
    }

    @Test
    void everyFamilyHasAtLeast99PercentOfItsCellsRight() {
        List<String> below = new ArrayList<>();
        for (Family family : Family.values()) {
            AccuracyReport.Totals t = REPORT.totals(family.description);
            if (t.rightPercent() < 99.0) {
                below.add(String.format("%s: %.2f%% right (%d unread, %d wrong)", family.description, t.rightPercent(), t.unread(), t.wrong()));
            }
        }
        assertThat(below).as("families below 99% of cells right").isEmpty();
    }

    @Test
    void noReportIsRejectedAndEveryAgencyAndYearIsFound() {
        List<String> misses = new ArrayList<>();
        for (Family family : Family.values()) {
            REPORT.groups().get(family.description).stream().filter(s -> s.rejected() || !s.agencyRight() || !s.yearRight())
                    .forEach(s -> misses.add(s.name() + (s.rejected() ? " rejected " + (s.error() == null ? "" : s.error()) : "")
                            + " agency " + s.agency() + " year " + s.year() + " (expected " + s.expectedAgency() + " " + s.expectedYear() + ")"));
        }
        assertThat(misses).as("generated reports rejected or with a wrong agency or year").isEmpty();
    }

    private static void write(Path path, String text) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    /** The commit measured, and whether parser-service had uncommitted changes; "unknown" outside a git checkout. */
    private static String commit() {
        String head = git("rev-parse", "--short", "HEAD");
        if (head == null) {
            return "unknown";
        }
        String dirty = git("status", "--porcelain", "--", "src/main");
        return head + (dirty != null && !dirty.isBlank() ? " (with uncommitted changes in parser-service/src/main)" : "");
    }

    private static String git(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
