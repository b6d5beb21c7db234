package nianbao.ingest.messaging;

import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.ingest.config.IngestConfig;
import nianbao.ingest.decoding.Decoding;
import nianbao.ingest.decoding.DocumentReader;
import nianbao.ingest.decoding.Ocr;
import nianbao.ingest.decoding.ReadLimits;
import nianbao.ingest.ocr.Tesseract;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a file for the stage with the budget from configuration ({@code nianbao.ingest.limits.*}). Scanned pages are
 * read by OCR on an executor of its own ({@code nianbao.ingest.ocr.concurrency} threads, default 1) when Tesseract
 * with its chi_sim and eng data is found at start-up; without it scanned files are refused with that reason.
 */
@ApplicationScoped
public class ReportReader {

    private final ReadLimits limits;
    private final ExecutorService executor;
    private final Ocr ocr;

    public ReportReader(IngestConfig config) {
        this.limits = config.limits().readLimits();
        Tesseract tesseract = Tesseract.find(config.ocr().command()).orElse(null);
        if (tesseract == null) {
            Log.warnf("OCR is not installed (no '%s' with the chi_sim and eng data): scanned PDFs and page images are refused",
                    config.ocr().command());
            this.executor = null;
        } else {
            int threads = Math.max(1, config.ocr().concurrency());
            AtomicInteger count = new AtomicInteger();
            this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread thread = new Thread(r, "ocr-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            Log.infof("OCR with %s, %d file(s) at a time", tesseract.engine(), threads);
        }
        this.ocr = Ocr.with(tesseract, executor);
    }

    public Decoding read(byte[] bytes) {
        return DocumentReader.read(bytes, limits, ocr);
    }

    /** Whether scanned pages are read (Tesseract was found). */
    public boolean ocrAvailable() {
        return ocr.available();
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
