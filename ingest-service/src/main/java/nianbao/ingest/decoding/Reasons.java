package nianbao.ingest.decoding;

/** Turns a library's exception into a short rejection reason a user can read. */
final class Reasons {

    private static final int MAX_LENGTH = 200;

    private Reasons() {
    }

    /** A name taken from a file (an archive entry's), safe to put into a reason: no control characters, 100 at most. */
    static String clip(String name) {
        String clean = FileNames.clean(name);
        if (clean == null) {
            return "an entry";
        }
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }

    static String of(String what, Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("exceeds the max")) {
            return "zip bomb: " + what + " inflates beyond the safe size or ratio";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return what + ": " + (line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "…" : line);
    }
}
