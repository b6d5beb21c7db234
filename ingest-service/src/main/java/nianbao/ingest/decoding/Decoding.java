package nianbao.ingest.decoding;

/** The outcome of reading a file's bytes: its text, or the reason it cannot be read, with the media type seen. */
public sealed interface Decoding {

    String mediaType();

    /** The file is text in a known encoding. */
    record Text(String text, String charset, String mediaType) implements Decoding {
    }

    /** The file cannot be read as a report; {@code reason} says why in words a user understands. */
    record Unreadable(String reason, String mediaType) implements Decoding {
    }
}
