package nianbao.ingest.decoding;

/**
 * Reads any report file into text or HTML by what its bytes are, never by its name: PDF (pages without a text layer
 * by OCR), page images (PNG, JPEG, TIFF, by OCR), Word (.docx, legacy .doc), or text/web pages in UTF-8, UTF-16 or
 * GB18030 (the page images a web page carries inside itself by OCR, {@link WebPageImages}). Anything else is unreadable, with the
 * media type that was detected. Every reader keeps to a {@link ReadLimits} budget. Never throws on hostile input,
 * not even an {@link Error}: every failure is a {@link Decoding.Unreadable}.
 */
public final class DocumentReader {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String DOC = "application/msword";
    public static final String PDF = "application/pdf";
    /** Page images read by OCR. */
    static final java.util.Set<String> PAGE_IMAGES = java.util.Set.of("image/png", "image/jpeg", "image/tiff");

    private DocumentReader() {
    }

    /** Reads with the default budget. */
    public static Decoding read(byte[] bytes) {
        return read(bytes, ReadLimits.DEFAULTS);
    }

    /** Reads without OCR: scanned PDFs and page images are refused (OCR is not installed). */
    public static Decoding read(byte[] bytes, ReadLimits limits) {
        return read(bytes, limits, Ocr.NONE);
    }

    /** Reads with the budget; scanned PDF pages and page images (PNG, JPEG, TIFF) by {@code ocr} when it is available. */
    public static Decoding read(byte[] bytes, ReadLimits limits, Ocr ocr) {
        if (bytes == null || bytes.length == 0) {
            return new Decoding.Unreadable("empty file", "application/x-empty");
        }
        String binary = MediaTypeSniffer.binaryType(bytes);
        String seen = binary != null ? binary : "text/plain";
        try {
            if (PDF.equals(binary)) {
                return PdfReader.read(bytes, limits, ocr);
            }
            if ("application/zip".equals(binary)) {
                return DocxReader.isDocx(bytes) ? DocxReader.read(bytes, limits) : unsupported("application/zip");
            }
            if ("application/x-ole-storage".equals(binary)) {
                return DocReader.read(bytes, limits);
            }
            if (binary != null && PAGE_IMAGES.contains(binary)) {
                return ImageScan.read(bytes, binary, limits, ocr);
            }
            if (binary != null) {
                return unsupported(binary);
            }
            return WebPageImages.read(TextDecoder.decode(bytes, limits), limits, ocr);
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
                + " (text, markdown, web pages, Word .docx/.doc, PDF, and PNG/JPEG/TIFF page images are read)", mediaType);
    }
}
