package nianbao.support.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * bench/RESULTS.md: one "## " section per benchmark, newest run first inside its section, earlier runs kept for
 * comparison. Each benchmark adds its run without touching the others' sections.
 */
public final class ResultsFile {

    private ResultsFile() {
    }

    /** Inserts {@code entry} at the top of {@code section} (created at the end of the file when missing). */
    public static void addRun(Path file, String section, String intro, String entry) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmark results\n";
        String heading = "## " + section + "\n";
        int at = text.indexOf(heading);
        if (at < 0) {
            text = text.stripTrailing() + "\n\n" + heading + "\n" + intro.strip() + "\n\n" + entry.strip() + "\n";
        } else {
            int body = at + heading.length();
            int firstRun = text.indexOf("\n### ", body);
            int nextSection = text.indexOf("\n## ", body);
            int insertAt = firstRun >= 0 && (nextSection < 0 || firstRun < nextSection) ? firstRun + 1
                    : nextSection >= 0 ? nextSection + 1 : text.length();
            text = text.substring(0, insertAt) + entry.strip() + "\n\n" + text.substring(insertAt);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
