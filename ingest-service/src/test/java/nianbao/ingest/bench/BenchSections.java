package nianbao.ingest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Puts a section into a bench file: the section with that heading is replaced (up to the next "## "), or appended. */
final class BenchSections {

    private BenchSections() {
    }

    static void replace(Path file, String heading, String body) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String section = heading + "\n\n" + body.strip() + "\n";
        int start = text.startsWith(heading + "\n") ? 0 : text.indexOf("\n" + heading + "\n");
        if (start < 0) {
            text = text.stripTrailing() + "\n\n" + section;
        } else {
            int from = start == 0 ? 0 : start + 1;
            int end = text.indexOf("\n## ", from + heading.length());
            text = text.substring(0, from) + section + (end < 0 ? "" : "\n" + text.substring(end + 1));
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
