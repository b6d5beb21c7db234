package nianbao.ingest.bench;

import nianbao.ingest.decoding.Decoding;
import nianbao.ingest.decoding.DocumentReader;
import nianbao.ingest.decoding.Ocr;
import nianbao.ingest.decoding.ReadLimits;
import nianbao.ingest.ocr.Tesseract;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Stage 2 of the OCR accuracy bench (issue 16; the command is ingest-service/bench/ocr-accuracy.sh): prints every report
 * of the corpus that stage 1 wrote into {@code -Docr.corpus} (the seeds from this module's fixture PDFs, the generated
 * reports from their web pages with {@link PageRenderer}), scans it in each {@link Rendering}, reads it back with
 * ingest's reader and Tesseract, and writes the HTML handed on (or the rejection) to {@code out/<rendering>/} for
 * stage 3, and the time per page to {@code out/times.tsv} (a rerun of some renderings, {@code -Docr.renderings}, keeps the others' times) and, with {@code -Docr.results}, as a section of that file
 * (bench/RESULTS.md). Not a test of the default run (no *Test name): run by name only.
 */
class OcrCorpusBench {

    /** One way a report is printed and scanned. */
    enum Rendering {
        PDF_300("scanned PDF, 300 dpi", 300, false, false),
        PDF_150("scanned PDF, 150 dpi", 150, false, false),
        TIFF_300_TURNED("TIFF, 300 dpi, turned 1–3°", 300, true, false),
        TIFF_150_TURNED("TIFF, 150 dpi, turned 1–3°", 150, true, false),
        PDF_300_NOISE("scanned PDF, 300 dpi, noise", 300, false, true),
        PDF_300_TURNED_NOISE("scanned PDF, 300 dpi, turned 1–3° and noise", 300, true, true),
        WEB_300("web page of page pictures (PNG), 300 dpi", 300, false, false),
        WEB_150_JPEG("web page of page pictures (JPEG), 150 dpi", 150, false, false);

        final String label;
        final int dpi;
        final boolean turned;
        final boolean noise;

        Rendering(String label, int dpi, boolean turned, boolean noise) {
            this.label = label;
            this.dpi = dpi;
            this.turned = turned;
            this.noise = noise;
        }
    }

    @Test
    void scanAndRead() throws Exception {
        String dir = System.getProperty("ocr.corpus");
        Assumptions.assumeTrue(dir != null && !dir.isBlank(), "set -Docr.corpus to the folder stage 1 wrote");
        Tesseract tesseract = Tesseract.find("tesseract").orElseThrow(() -> new IllegalStateException("tesseract with chi_sim and eng is not installed"));
        Ocr ocr = Ocr.with(tesseract, null);
        Path corpus = Path.of(dir);
        List<String> names;
        try (Stream<Path> files = Files.list(corpus.resolve("truth"))) {
            names = files.map(p -> p.getFileName().toString().replace(".expected.json", "")).sorted().toList();
        }
        String only = System.getProperty("ocr.renderings", "");
        List<String> times = new ArrayList<>(List.of("rendering\treport\tpages\tseconds\tmeanConfidence\toutcome"));
        Path timesFile = corpus.resolve("out").resolve("times.tsv");
        if (!only.isBlank() && Files.exists(timesFile)) {
            // a rerun of some renderings keeps the times of the others from the run before
            Files.readAllLines(timesFile, StandardCharsets.UTF_8).stream().skip(1)
                    .filter(row -> !List.of(only.split(",")).contains(row.split("\t")[0])).forEach(times::add);
        }
        for (Rendering rendering : Rendering.values()) {
            if (!only.isBlank() && !List.of(only.split(",")).contains(rendering.name())) {
                continue;
            }
            Path out = Files.createDirectories(corpus.resolve("out").resolve(rendering.name()));
            Files.writeString(out.resolve("rendering.txt"), rendering.label, StandardCharsets.UTF_8);
            for (String name : names) {
                Random random = new Random(name.hashCode() * 31L + rendering.ordinal());
                List<BufferedImage> pages = new ArrayList<>();
                for (BufferedImage page : print(corpus, name, rendering.dpi)) {
                    BufferedImage scanned = rendering.turned ? Scans.turned(page, random) : page;
                    pages.add(rendering.noise ? Scans.noisy(scanned, random) : scanned);
                }
                byte[] file = rendering.name().startsWith("TIFF") ? Scans.tiff(pages)
                        : rendering == Rendering.WEB_300 ? Scans.webPage(pages, "png")
                        : rendering == Rendering.WEB_150_JPEG ? Scans.webPage(pages, "jpeg")
                        : Scans.pdf(pages, rendering.dpi);
                pages = null;
                long started = System.nanoTime();
                Decoding read = DocumentReader.read(file, ReadLimits.DEFAULTS, ocr);
                double seconds = (System.nanoTime() - started) / 1e9;
                if (read instanceof Decoding.Text text) {
                    Files.writeString(out.resolve(name + ".html"), text.text(), StandardCharsets.UTF_8);
                    int pageCount = text.ocr() == null ? 0 : text.ocr().pages();
                    times.add(String.format(Locale.ROOT, "%s\t%s\t%d\t%.2f\t%.1f\tread", rendering.name(), name, pageCount, seconds,
                            text.ocr() == null ? 0 : text.ocr().meanConfidence()));
                } else {
                    Files.writeString(out.resolve(name + ".rejected.txt"), ((Decoding.Unreadable) read).reason(), StandardCharsets.UTF_8);
                    times.add(String.format(Locale.ROOT, "%s\t%s\t0\t%.2f\t0\trejected", rendering.name(), name, seconds));
                }
                Files.write(timesFile, times, StandardCharsets.UTF_8);
            }
        }
        String results = System.getProperty("ocr.results");
        if (results != null && !results.isBlank()) {
            BenchSections.replace(Path.of(results), "## OCR time per page", TimeTable.markdown(times, tesseract.engine()));
        }
    }

    /** The report's pages printed at {@code dpi}: a seed from its fixture PDF, a generated report from its web page. */
    private static List<BufferedImage> print(Path corpus, String name, int dpi) throws IOException {
        if (name.startsWith("seed-")) {
            byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/fixtures", name.substring(5) + ".pdf"));
            List<BufferedImage> pages = new ArrayList<>();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDFRenderer renderer = new PDFRenderer(document);
                for (int i = 0; i < document.getNumberOfPages(); i++) {
                    pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY));
                }
            }
            return pages;
        }
        return PageRenderer.render(Files.readString(corpus.resolve("html").resolve(name + ".html"), StandardCharsets.UTF_8), dpi);
    }
}
