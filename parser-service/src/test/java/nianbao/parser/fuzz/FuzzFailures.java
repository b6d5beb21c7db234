package nianbao.parser.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the input of a failing fuzz case in target/fuzz-failures/ so it can be replayed and minimized, and the run's
 * figures in target/fuzz-summary.txt.
 */
final class FuzzFailures {

    private static final Path DIR = Path.of("target", "fuzz-failures");
    private static final Path SUMMARY = Path.of("target", "fuzz-summary.txt");

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

    /** The slowest parse includes the first, cold one (class loading, JIT) and the hang guard's thread hand-off. */
    static void summary(int iterations, int failures, long slowestNanos, String slowestCase) {
        String text = String.format("mutations: %d%nfailures: %d%nslowest parse: %.1f ms (%s)%n", iterations, failures,
                slowestNanos / 1e6, slowestCase);
        try {
            Files.createDirectories(SUMMARY.getParent());
            Files.writeString(SUMMARY, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
