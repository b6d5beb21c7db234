package nianbao.ingest.decoding;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seed reports rendered as .docx, .doc, .pdf (by LibreOffice), a web page and GB18030 text: each is read
 * into the same table rows and cells as the seed's tab-separated text, in the same order.
 */
class FixtureFormatsTest {

    private static final List<String> SEEDS = List.of("000_2f8ee6c9bd0fa497", "001_f44f10d947acded0",
            "002_e0a437375778a97d", "003_823561134eb090dd", "004_98d78a100eee2400");

    static Stream<Arguments> fixtures() {
        return SEEDS.stream().flatMap(seed -> Stream.of(
                Arguments.of(seed, "docx", DocumentReader.DOCX),
                Arguments.of(seed, "doc", DocumentReader.DOC),
                Arguments.of(seed, "pdf", DocumentReader.PDF),
                Arguments.of(seed, "html", "text/html")));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("fixtures")
    void tablesKeepTheSeedsRowsAndCells(String seed, String extension, String mediaType) throws IOException {
        Decoding decoding = DocumentReader.read(fixture(seed + "." + extension));

        assertThat(decoding).isInstanceOf(Decoding.Text.class);
        Decoding.Text text = (Decoding.Text) decoding;
        assertThat(text.mediaType()).isEqualTo(mediaType);
        assertThat(text.contentType()).isEqualTo("text/html");
        // a PDF does not record whether a line break inside a cell replaced a space: compare PDF cells without spaces
        boolean pdf = extension.equals("pdf");
        assertThat(tableRows(text.text(), pdf)).containsExactlyElementsOf(seedRows(seed, pdf));
    }

    @ParameterizedTest(name = "{0}.gb18030.txt")
    @MethodSource("seeds")
    void gb18030TextIsTheSeedsText(String seed) throws IOException {
        Decoding decoding = DocumentReader.read(fixture(seed + ".gb18030.txt"));

        assertThat(decoding).isInstanceOf(Decoding.Text.class);
        assertThat(((Decoding.Text) decoding).charset()).isEqualTo("GB18030");
        assertThat(((Decoding.Text) decoding).text()).isEqualTo(Files.readString(seedFile(seed), StandardCharsets.UTF_8));
    }

    static Stream<String> seeds() {
        return SEEDS.stream();
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FixtureFormatsTest.class.getResourceAsStream("/fixtures/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static Path seedFile(String seed) {
        return Path.of("..", "samples", seed + ".txt");
    }

    /** The seed's tab-separated lines, each as its cells, trailing blank cells dropped. */
    private static List<List<String>> seedRows(String seed, boolean withoutSpaces) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(seedFile(seed), StandardCharsets.UTF_8)) {
            if (line.contains("\t")) {
                rows.add(trimmed(Arrays.stream(line.split("\t", -1)).map(c -> normal(c, withoutSpaces)).toList()));
            }
        }
        return rows;
    }

    private static List<List<String>> tableRows(String html, boolean withoutSpaces) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : Jsoup.parse(html).select("table tr")) {
            rows.add(trimmed(tr.select("td, th").stream().map(td -> normal(td.text(), withoutSpaces)).toList()));
        }
        return rows;
    }

    private static String normal(String cell, boolean withoutSpaces) {
        return withoutSpaces ? cell.replaceAll("\\s+", "") : cell.strip();
    }

    private static List<String> trimmed(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return cells.subList(0, end);
    }
}
