package nianbao.ingest.decoding;

import nianbao.ingest.ocr.Tesseract;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Whether and how scanned pages are read: with Tesseract on a small executor of its own (OCR is slow; the executor's
 * threads bound how many files are read by OCR at once, whatever the consumers do), or not at all, with the reason a
 * scanned file is refused ({@link #NONE}: OCR is not installed on this server).
 */
public final class Ocr {

    public static final String NOT_INSTALLED = "OCR is not installed on this server";

    /** No OCR: scanned PDFs and page images are refused. */
    public static final Ocr NONE = new Ocr(null, null);

    private final Tesseract tesseract;
    private final ExecutorService executor;

    private Ocr(Tesseract tesseract, ExecutorService executor) {
        this.tesseract = tesseract;
        this.executor = executor;
    }

    /** OCR with {@code tesseract}, each page read on {@code executor}; null when tesseract is null. */
    public static Ocr with(Tesseract tesseract, ExecutorService executor) {
        return tesseract == null ? NONE : new Ocr(tesseract, executor);
    }

    public boolean available() {
        return tesseract != null;
    }

    /** The engine and version, for {@code source.ocr.engine}. */
    public String engine() {
        return tesseract == null ? null : tesseract.engine();
    }

    Tesseract tesseract() {
        return tesseract;
    }

    /** Runs {@code work} on the OCR executor and waits for it; what it throws is thrown here, Errors included. */
    <T> T run(Callable<T> work) throws Exception {
        if (executor == null) {
            return work.call();
        }
        Future<T> future = executor.submit(work);
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
