package nianbao.parser.corpus.families;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The real development corpus (samples/corpus, on the test classpath under /seeds/corpus/): six reports agencies
 * published, with their hand-checked expected values. 005.pdf is read as ingest-service hands it on, the HTML in
 * src/test/resources/corpus/005.pdf.html (see the README there).
 */
public final class RealCorpus {

    /** One real report: its file name, the content the parser receives, its media type and its truth. */
    public record Report(String name, String content, String mediaType, Truth truth) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private RealCorpus() {
    }

    public static List<Report> reports() {
        return List.of(report("001", "/seeds/corpus/001.html", "text/html"), report("002", "/seeds/corpus/002.html", "text/html"),
                report("003", "/seeds/corpus/003.html", "text/html"), report("004", "/seeds/corpus/004.md", "text/plain"),
                report("005", "/corpus/005.pdf.html", "text/html"), report("006", "/seeds/corpus/006.txt", "text/plain"));
    }

    private static Report report(String number, String resource, String mediaType) {
        try {
            Truth truth = Truth.of(JSON.readTree(resource("/seeds/corpus/" + number + ".expected.json")));
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return new Report(name, new String(resource(resource), StandardCharsets.UTF_8), mediaType, truth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = RealCorpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
