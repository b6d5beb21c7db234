package nianbao.ingest.ocr;

/**
 * Tesseract could not read an image: it ran past its time, wrote more than its output bound, or failed. The message is
 * a sentence for a rejection reason, without the process's own output.
 */
public final class OcrFailure extends RuntimeException {

    private final boolean overLimit;

    OcrFailure(String message, boolean overLimit) {
        super(message, null, false, false);
        this.overLimit = overLimit;
    }

    /** True when a bound (time, output size) was passed, rather than the engine failing. */
    public boolean overLimit() {
        return overLimit;
    }
}
