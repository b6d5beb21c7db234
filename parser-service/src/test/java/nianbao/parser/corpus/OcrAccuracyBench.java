package nianbao.parser.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.parser.corpus.families.CaseScore;
import nianbao.parser.corpus.families.Scorer;
import nianbao.parser.corpus.families.Truth;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stage 3 of the OCR accuracy bench (issue 16; the command is ingest-service/bench/ocr-accuracy.sh): parses the HTML
 * ingest handed on for every scanned rendering of every report ({@code -Docr.corpus}/out/&lt;rendering&gt;/) and
 * scores it cell by cell against the report's truth, as {@code LayoutFamilyAccuracyTest} does; with
 * {@code -Docr.accuracy} the table goes into that file (bench/ACCURACY.md) under "## Scanned reports (OCR)", replacing
 * the section of an earlier run. Fails when any rendering gives a wrong number. Not a test of the default run (no *Test
 * name): run by name only.
 */
class OcrAccuracyBench {

    static final String HEADING = "## Scanned reports (OCR)";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every unread cell of the run (rendering, report, cell), written to target/ocr-unread.tsv for diagnosis. */
    private static final List<String> UNREAD = new ArrayList<>();

    /** The totals of one rendering. */
    private record Totals(String label, int reports, int rejected, int cells, int right, int unread, int wrong, int agency,
                          int year, List<String> wrongCells) {
    }

    @Test
    void score() throws IOException {
        String dir = System.getProperty("ocr.corpus");
        Assumptions.assumeTrue(dir != null && !dir.isBlank(), "set -Docr.corpus to the folder stages 1 and 2 wrote");
        Path corpus = Path.of(dir);
        Scorer scorer = new Scorer();
        List<Totals> rows = new ArrayList<>();
        List<Path> renderings;
        try (Stream<Path> folders = Files.list(corpus.resolve("out"))) {
            renderings = folders.filter(Files::isDirectory).sorted().toList();
        }
        for (Path rendering : renderings) {
            rows.add(score(scorer, corpus, rendering));
        }
        String markdown = markdown(rows);
        Files.writeString(Path.of("target", "ocr-accuracy.md"), HEADING + "\n\n" + markdown, StandardCharsets.UTF_8);
        Files.write(Path.of("target", "ocr-unread.tsv"), UNREAD, StandardCharsets.UTF_8);
        String out = System.getProperty("ocr.accuracy");
        if (out != null && !out.isBlank()) {
            replaceSection(Path.of(out), markdown);
        }
        assertThat(rows.stream().flatMap(r -> r.wrongCells().stream()).toList()).as("wrong numbers read from scans").isEmpty();
    }

    private static Totals score(Scorer scorer, Path corpus, Path rendering) throws IOException {
        String label = Files.readString(rendering.resolve("rendering.txt"), StandardCharsets.UTF_8).strip();
        int reports = 0;
        int rejected = 0;
        int cells = 0;
        int right = 0;
        int unread = 0;
        int wrong = 0;
        int agency = 0;
        int year = 0;
        List<String> wrongCells = new ArrayList<>();
        List<Path> truths;
        try (Stream<Path> files = Files.list(corpus.resolve("truth"))) {
            truths = files.sorted().toList();
        }
        for (Path truthFile : truths) {
            String name = truthFile.getFileName().toString().replace(".expected.json", "");
            Truth truth = Truth.of(JSON.readTree(truthFile.toFile()));
            reports++;
            Path html = rendering.resolve(name + ".html");
            CaseScore score;
            if (Files.exists(html)) {
                score = scorer.score(name, Files.readString(html, StandardCharsets.UTF_8), "text/html", truth);
            } else {
                score = CaseScore.failed(name, truth, new IllegalStateException("rejected by ingest"));
            }
            rejected += score.rejected() ? 1 : 0;
            cells += score.expected();
            right += score.right();
            unread += score.unread().size();
            wrong += score.wrong().size();
            agency += score.agencyRight() ? 1 : 0;
            year += score.yearRight() ? 1 : 0;
            score.wrong().forEach(w -> wrongCells.add(label + " · " + name + ": " + w));
            score.unread().forEach(u -> UNREAD.add(rendering.getFileName() + "\t" + name + "\t" + u));
        }
        return new Totals(label, reports, rejected, cells, right, unread, wrong, agency, year, wrongCells);
    }

    private static String markdown(List<Totals> rows) {
        StringBuilder md = new StringBuilder();
        md.append("Command: `ingest-service/bench/ocr-accuracy.sh` (three stages: OcrCorpusExport, ingest's OcrCorpusBench, OcrAccuracyBench)  \n")
                .append("Date: ").append(LocalDate.now()).append("  \n")
                .append("Corpus: the five seeds (ingest-service's fixture PDFs, made by LibreOffice) and reports with non-zero numbers in ")
                .append("most cells (the seeds refilled by NonZeroFiller, printed by ingest's PageRenderer), each printed and scanned ")
                .append("in every rendering below, read back by ingest (Tesseract 5.3.0) and parsed.\n\n")
                .append("A cell is *right* when the parser gives the number the report prints there (or null where it prints none), ")
                .append("*unread* when it gives null where the report prints a number (OCR read it without confidence: ")
                .append("`OCR_UNCERTAIN`, or the row was lost), *wrong* when it gives another number. *Rejected*: ingest refused ")
                .append("the file or the parser took it for no annual report.\n\n")
                .append("| rendering | reports | cells | right | unread | wrong | right % | agency right | year right | rejected |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Totals t : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.2f | %d/%d | %d/%d | %d |%n", t.label(), t.reports(),
                    t.cells(), t.right(), t.unread(), t.wrong(), t.cells() == 0 ? 0 : 100.0 * t.right() / t.cells(), t.agency(),
                    t.reports(), t.year(), t.reports(), t.rejected()));
        }
        List<String> wrong = rows.stream().flatMap(r -> r.wrongCells().stream()).toList();
        md.append("\nWrong numbers: ").append(wrong.isEmpty() ? "none." : "").append('\n');
        wrong.forEach(w -> md.append("- ").append(w).append('\n'));
        return md.toString();
    }

    /** Replaces the section under {@link #HEADING} (up to the next "## ") or appends it. */
    private static void replaceSection(Path file, String body) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String section = HEADING + "\n\n" + body.strip() + "\n";
        int start = text.indexOf("\n" + HEADING + "\n");
        if (start < 0) {
            text = text.stripTrailing() + "\n\n" + section;
        } else {
            int end = text.indexOf("\n## ", start + HEADING.length() + 1);
            text = text.substring(0, start + 1) + section + (end < 0 ? "" : "\n" + text.substring(end + 1));
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
