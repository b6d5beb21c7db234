package nianbao.parser.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The test corpus: each seed report rendered in each layout, with the cell values a correct parse must give. */
final class LayoutCorpus {

    static final List<String> SEEDS = List.of("000_2f8ee6c9bd0fa497", "001_f44f10d947acded0", "002_e0a437375778a97d",
            "003_823561134eb090dd", "004_98d78a100eee2400");

    /** One generated report: its text and the expected JSON (same shape as src/test/resources/expected/). */
    record Case(String seed, Layout layout, String text, JsonNode expected) {
        @Override
        public String toString() {
            return seed + " " + layout;
        }
    }

    enum Layout {
        MARKDOWN, PDF, GB18030, HTML, NON_ZERO, NON_ZERO_MARKDOWN, NON_ZERO_PDF, NON_ZERO_HTML
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private LayoutCorpus() {
    }

    static Case render(String seed, Layout layout) {
        String text = new String(resource("/seeds/" + seed + ".txt"), StandardCharsets.UTF_8);
        JsonNode expected = readJson(resource("/expected/" + seed + ".json"));
        SeedTables tables = new SeedTables(text);
        if (layout.name().startsWith("NON_ZERO")) {
            expected = new NonZeroFiller(seed.hashCode()).fill(tables, expected);
        }
        String rendered = switch (layout) {
            case MARKDOWN, NON_ZERO_MARKDOWN -> LayoutRenderer.markdown(tables);
            case PDF, NON_ZERO_PDF -> LayoutRenderer.pdf(tables);
            case GB18030 -> LayoutRenderer.gb18030RoundTrip(tables.text());
            case HTML, NON_ZERO_HTML -> LayoutRenderer.html(tables);
            case NON_ZERO -> tables.text();
        };
        return new Case(seed, layout, rendered, expected);
    }

    private static JsonNode readJson(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = LayoutCorpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
