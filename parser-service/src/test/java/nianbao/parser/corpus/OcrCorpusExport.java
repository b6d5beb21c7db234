package nianbao.parser.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stage 1 of the OCR accuracy bench (issue 16; the command is ingest-service/bench/ocr-accuracy.sh): writes the
 * reports to be printed, scanned and read back into {@code -Docr.corpus}: for each seed its expected JSON (the seed as
 * printed in ingest-service's fixture PDFs), and {@code -Docr.reports} (default 10) reports with non-zero numbers in
 * most cells, each a seed refilled by {@link NonZeroFiller} with its own random seed, as a web page of ruled tables
 * (LayoutRenderer.html) with its expected JSON. Not a test of the default run (no *Test name): run by name only.
 */
class OcrCorpusExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void export() throws IOException {
        String dir = System.getProperty("ocr.corpus");
        Assumptions.assumeTrue(dir != null && !dir.isBlank(), "set -Docr.corpus to the folder to write");
        int reports = Integer.getInteger("ocr.reports", 10);
        Path truth = Files.createDirectories(Path.of(dir, "truth"));
        Path pages = Files.createDirectories(Path.of(dir, "html"));
        for (String seed : LayoutCorpus.SEEDS) {
            Files.write(truth.resolve("seed-" + seed + ".expected.json"), resource("/expected/" + seed + ".json"));
        }
        for (int i = 0; i < reports; i++) {
            String seed = LayoutCorpus.SEEDS.get(i % LayoutCorpus.SEEDS.size());
            String text = new String(resource("/seeds/" + seed + ".txt"), StandardCharsets.UTF_8);
            SeedTables tables = new SeedTables(text);
            JsonNode expected = new NonZeroFiller(seed.hashCode() + 7919L * (i + 1)).fill(tables, JSON.readTree(resource("/expected/" + seed + ".json")));
            String name = String.format("nonzero-%02d-%s", i, seed);
            Files.writeString(pages.resolve(name + ".html"), LayoutRenderer.html(tables), StandardCharsets.UTF_8);
            Files.writeString(truth.resolve(name + ".expected.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected),
                    StandardCharsets.UTF_8);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = OcrCorpusExport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
