package nianbao.ingest.decoding;

/** The outcome of reading a file's bytes: its content, or the reason it cannot be read, with the media type seen. */
public sealed interface Decoding {

    /** What the file's bytes are (application/pdf, text/plain, …), never taken from its name. */
    String mediaType();

    /**
     * The file is readable. {@code content} is text/plain or text/html ({@code contentType}); formats with tables
     * (Word, PDF, web pages) are handed on as HTML so the cells keep their structure. {@code charset} is the
     * encoding a text file was decoded from, null for binary formats. {@code dates} are the dates a PDF or Word
     * file carries itself, null for text and web pages. {@code ocr} says how a file read from page images was read,
     * null for every other.
     */
    record Text(String text, String charset, String mediaType, String contentType, FileDates dates, OcrFacts ocr) implements Decoding {

        public Text(String text, String charset, String mediaType) {
            this(text, charset, mediaType, mediaType, null, null);
        }

        public Text(String text, String charset, String mediaType, String contentType, FileDates dates) {
            this(text, charset, mediaType, contentType, dates, null);
        }
    }

    /** The file cannot be read as a report; {@code reason} says why in words a user understands. */
    record Unreadable(String reason, String mediaType) implements Decoding {
    }
}
