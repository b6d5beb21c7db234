package nianbao.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A file to publish: its bytes, its name and its report id (the sha256 hex of the bytes). */
public record ReportFile(String fileName, byte[] bytes, String reportId) {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "txt", "text/plain",
            "html", "text/html",
            "htm", "text/html",
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** A file made in memory (by the load generator), with its report id. */
    public static ReportFile of(String fileName, byte[] bytes) {
        return new ReportFile(fileName, bytes, sha256Hex(bytes));
    }

    /** Reads a file and computes its report id. */
    public static ReportFile read(Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            return new ReportFile(path.getFileName().toString(), bytes, sha256Hex(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The content type guessed from the file name's extension, if it is a common one. */
    public Optional<String> contentType() {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(CONTENT_TYPES.get(extension));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
