package nianbao.parser.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the input of a failing fuzz case in target/fuzz-failures/ so it can be replayed and minimized, and each
 * run's figures in target/fuzz-summary.txt (one section per run of this JVM: the chaos run, the placement run).
 */
final class FuzzFailures {

    private static final Path DIR = Path.of("target", "fuzz-failures");
    private static final Path SUMMARY = Path.of("target", "fuzz-summary.txt");
    private static final Map<String, String> RUNS = new LinkedHashMap<>();

    private FuzzFailures() {
    }

    static void save(int caseIndex, String input) {
        save("case-" + caseIndex + ".txt", input);
    }

    static void save(String fileName, String input) {
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(fileName), input, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The slowest parse includes the first, cold one (class loading, JIT) and the hang guard's thread hand-off. */
    static void summary(int iterations, int failures, long slowestNanos, String slowestCase) {
        summary("chaos: mutated seeds never throw, never hang, never report a number not in the input", iterations, failures,
                slowestNanos, slowestCase);
    }

    static synchronized void summary(String run, int iterations, int failures, long slowestNanos, String slowestCase) {
        RUNS.put(run, String.format("mutations: %d%nfailures: %d%nslowest parse: %.1f ms (%s)%n", iterations, failures,
                slowestNanos / 1e6, slowestCase));
        StringBuilder text = new StringBuilder();
        RUNS.forEach((name, figures) -> text.append("[").append(name).append("]\n").append(figures).append('\n'));
        try {
            Files.createDirectories(SUMMARY.getParent());
            Files.writeString(SUMMARY, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
