package nianbao.ingest.decoding;

/**
 * Cleans a file name that came with a file (upload, multipart part, zip entry, the {@code filename} header): control
 * characters (NUL included), line and paragraph separators and bidirectional overrides removed, surrounding
 * whitespace stripped, and at most {@value #MAX_LENGTH} characters, keeping the extension. Null when nothing is left.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 255;
    /** The longest ending after the last dot that is kept as an extension when a name is shortened. */
    private static final int MAX_EXTENSION = 16;

    private FileNames() {
    }

    public static String clean(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(Math.min(name.length(), 4 * MAX_LENGTH));
        name.codePoints().filter(c -> !unwanted(c)).forEach(kept::appendCodePoint);
        String clean = kept.toString().strip();
        if (clean.isEmpty()) {
            return null;
        }
        return clean.length() <= MAX_LENGTH ? clean : shorten(clean);
    }

    private static boolean unwanted(int c) {
        return Character.getType(c) == Character.CONTROL
                || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0xFEFF;
    }

    private static String shorten(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        int end = MAX_LENGTH - extension.length();
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end) + extension;
    }
}
