package nianbao.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Tesseract called through its command line: the images of one pass are written to a private temporary folder and
 * read by one process (a list file, each image a page of the TSV), with an argument list (never a shell string), one
 * OpenMP thread, a timeout and a bound on what it may write. A process that runs past its time is killed.
 */
public final class Tesseract {

    /** How one pass reads its images: the languages, the page segmentation mode and the characters it may read (null: all). */
    public record Pass(String languages, int psm, String whitelist) {
    }

    private static final long MAX_OUTPUT_BYTES = 16L * 1024 * 1024;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);

    private final String command;
    private final String engine;

    private Tesseract(String command, String engine) {
        this.command = command;
        this.engine = engine;
    }

    /**
     * The Tesseract at {@code command} (a name on the PATH or a path) when it runs and has the languages
     * {@code chi_sim} and {@code eng}; empty when it is not installed or lacks them.
     */
    public static Optional<Tesseract> find(String command) {
        try {
            Optional<String> version = probe(command, "--version").flatMap(out -> out.lines().findFirst()).map(String::strip)
                    .filter(line -> line.startsWith("tesseract "));
            Optional<String> languages = probe(command, "--list-langs");
            if (version.isEmpty() || languages.isEmpty()) {
                return Optional.empty();
            }
            List<String> installed = languages.get().lines().map(String::strip).toList();
            if (!installed.contains("chi_sim") || !installed.contains("eng")) {
                return Optional.empty();
            }
            return Optional.of(new Tesseract(command, version.get()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The engine and its version, as {@code tesseract --version} names it ("tesseract 5.3.0"). */
    public String engine() {
        return engine;
    }

    /**
     * Reads the images in one process; the words carry the index of the image they stand in. Throws
     * {@link OcrFailure} when the process runs longer than {@code timeout}, writes too much or fails.
     */
    public List<Word> read(List<BufferedImage> images, Pass pass, Duration timeout) {
        if (images.isEmpty()) {
            return List.of();
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("nianbao-ocr");
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < images.size(); i++) {
                Path file = dir.resolve(i + ".pgm");
                Pgm.write(images.get(i), file);
                list.append(file.toAbsolutePath()).append('\n');
            }
            Path listFile = dir.resolve("images.txt");
            Files.writeString(listFile, list, StandardCharsets.UTF_8);
            List<String> args = new ArrayList<>(List.of(command, listFile.toString(), dir.resolve("out").toString(),
                    "-l", pass.languages(), "--psm", String.valueOf(pass.psm()), "--dpi", "300"));
            if (pass.whitelist() != null) {
                args.addAll(List.of("-c", "tessedit_char_whitelist=" + pass.whitelist()));
            }
            args.add("tsv");
            run(args, dir, timeout);
            Path tsv = dir.resolve("out.tsv");
            if (!Files.exists(tsv)) {
                throw new OcrFailure("OCR failed: tesseract wrote no output", false);
            }
            if (Files.size(tsv) > MAX_OUTPUT_BYTES) {
                throw new OcrFailure("over limit: OCR wrote more than " + MAX_OUTPUT_BYTES + " bytes for one page", true);
            }
            return TsvWords.parse(Files.readString(tsv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OcrFailure("OCR failed: " + e.getClass().getSimpleName(), false);
        } finally {
            delete(dir);
        }
    }

    private static void run(List<String> args, Path dir, Duration timeout) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(args).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new OcrFailure("over limit: OCR of one page took more than " + timeout.toSeconds() + " seconds", true);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new OcrFailure("OCR was interrupted", false);
        }
        if (process.exitValue() != 0) {
            throw new OcrFailure("OCR failed: tesseract exited with status " + process.exitValue(), false);
        }
    }

    private static Optional<String> probe(String command, String argument) throws IOException {
        Path out = Files.createTempFile("nianbao-ocr-probe", ".txt");
        try {
            Process process = new ProcessBuilder(command, argument).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!process.waitFor(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0 || Files.size(out) > 64 * 1024) {
                return Optional.empty();
            }
            return Optional.of(Files.readString(out, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is cleaned by the system
        }
    }

    /** Writes a grey image as binary PGM: fast, and read by Tesseract's image library. */
    static final class Pgm {

        private Pgm() {
        }

        static void write(BufferedImage image, Path file) throws IOException {
            BufferedImage gray = Images.gray(image);
            byte[] row = new byte[gray.getWidth()];
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                out.write(("P5\n" + gray.getWidth() + " " + gray.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII));
                var raster = gray.getRaster();
                for (int y = 0; y < gray.getHeight(); y++) {
                    raster.getDataElements(0, y, gray.getWidth(), 1, row);
                    out.write(row);
                }
            }
        }
    }
}
