package nianbao.ingest.decoding;

/**
 * Reads any report file into text or HTML by what its bytes are, never by its name: PDF with a text layer,
 * Word (.docx, legacy .doc), or text/web pages in UTF-8, UTF-16 or GB18030. Anything else is unreadable, with the
 * media type that was detected. Every reader keeps to a {@link ReadLimits} budget. Never throws on hostile input,
 * not even an {@link Error}: every failure is a {@link Decoding.Unreadable}.
 */
public final class DocumentReader {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String DOC = "application/msword";
    public static final String PDF = "application/pdf";

    private DocumentReader() {
    }

    /** Reads with the default budget. */
    public static Decoding read(byte[] bytes) {
        return read(bytes, ReadLimits.DEFAULTS);
    }

    public static Decoding read(byte[] bytes, ReadLimits limits) {
        if (bytes == null || bytes.length == 0) {
            return new Decoding.Unreadable("empty file", "application/x-empty");
        }
        String binary = MediaTypeSniffer.binaryType(bytes);
        String seen = binary != null ? binary : "text/plain";
        try {
            if (PDF.equals(binary)) {
                return PdfReader.read(bytes, limits);
            }
            if ("application/zip".equals(binary)) {
                return DocxReader.isDocx(bytes) ? DocxReader.read(bytes, limits) : unsupported("application/zip");
            }
            if ("application/x-ole-storage".equals(binary)) {
                return DocReader.read(bytes, limits);
            }
            if (binary != null) {
                return unsupported(binary);
            }
            return TextDecoder.decode(bytes, limits);
        } catch (Throwable e) {
            return failure(e, seen);
        }
    }

    /**
     * What a failure while reading a file of media type {@code seen} means for it: the bound it broke (a reader's own,
     * or the stack and heap for StackOverflowError and OutOfMemoryError), else damage of the kind thrown.
     */
    public static Decoding.Unreadable failure(Throwable e, String seen) {
        if (e instanceof ReadLimits.Exceeded) {
            return new Decoding.Unreadable(e.getMessage(), seen);
        }
        if (e instanceof StackOverflowError) {
            return new Decoding.Unreadable("over limit: the " + seen + " nests too deeply to be read", seen);
        }
        if (e instanceof OutOfMemoryError) {
            return new Decoding.Unreadable("over limit: reading the " + seen + " needs more memory than a report may", seen);
        }
        return new Decoding.Unreadable("damaged " + seen + ": " + e.getClass().getSimpleName(), seen);
    }

    static Decoding.Unreadable unsupported(String mediaType) {
        return new Decoding.Unreadable("unsupported format: " + mediaType
                + " (text, markdown, web pages, Word .docx/.doc and PDF with a text layer are read)", mediaType);
    }
}
