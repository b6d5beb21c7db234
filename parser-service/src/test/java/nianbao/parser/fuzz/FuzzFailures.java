package nianbao.parser.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps the input of a failing fuzz case in target/fuzz-failures/ so it can be replayed and minimized. */
final class FuzzFailures {

    private static final Path DIR = Path.of("target", "fuzz-failures");

    private FuzzFailures() {
    }

    static void save(int caseIndex, String input) {
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve("case-" + caseIndex + ".txt"), input, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
