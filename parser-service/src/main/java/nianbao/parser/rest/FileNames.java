package nianbao.parser.rest;

/** A file name as a client gives it, made safe to keep and show: no control characters, at most 255 characters. */
final class FileNames {

    private static final int MAX = 255;

    private FileNames() {
    }

    static String clean(String name) {
        if (name == null) {
            return null;
        }
        String cleaned = name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (cleaned.length() > MAX) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, MAX - extension.length()) + extension;
        }
        return cleaned.isEmpty() ? null : cleaned;
    }
}
