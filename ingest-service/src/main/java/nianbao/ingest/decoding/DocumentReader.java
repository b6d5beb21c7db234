package nianbao.ingest.decoding;

/**
 * Reads any report file into text or HTML by what its bytes are, never by its name: PDF with a text layer,
 * Word (.docx, legacy .doc), or text/web pages in UTF-8, UTF-16 or GB18030. Anything else is unreadable, with the
 * media type that was detected. Never throws on hostile input: every failure is an {@link Decoding.Unreadable}.
 */
public final class DocumentReader {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String DOC = "application/msword";
    public static final String PDF = "application/pdf";

    private DocumentReader() {
    }

    public static Decoding read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Decoding.Unreadable("empty file", "application/x-empty");
        }
        String binary = MediaTypeSniffer.binaryType(bytes);
        try {
            if (PDF.equals(binary)) {
                return PdfReader.read(bytes);
            }
            if ("application/zip".equals(binary)) {
                return DocxReader.isDocx(bytes) ? DocxReader.read(bytes) : unsupported("application/zip");
            }
            if ("application/x-ole-storage".equals(binary)) {
                return DocReader.read(bytes);
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Decoding.Unreadable("damaged " + binary + ": " + e.getClass().getSimpleName(), binary);
        }
        if (binary != null) {
            return unsupported(binary);
        }
        return TextDecoder.decode(bytes);
    }

    static Decoding.Unreadable unsupported(String mediaType) {
        return new Decoding.Unreadable("unsupported format: " + mediaType
                + " (text, markdown, web pages, Word .docx/.doc and PDF with a text layer are read)", mediaType);
    }
}
