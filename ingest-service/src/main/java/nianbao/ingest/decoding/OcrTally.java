package nianbao.ingest.decoding;

import nianbao.ingest.ocr.Word;

import java.util.List;

/** Counts what OCR read while a file is read: pages, word confidences and time, for {@link OcrFacts}. */
final class OcrTally {

    private final long started = System.nanoTime();
    private int pages;
    private double confidenceSum;
    private long words;

    void page() {
        pages++;
    }

    int pages() {
        return pages;
    }

    void words(List<Word> read) {
        for (Word w : read) {
            if (w.confidence() >= 0) {
                confidenceSum += w.confidence();
                words++;
            }
        }
    }

    OcrFacts facts(String engine) {
        double mean = words == 0 ? 0 : confidenceSum / words;
        double seconds = (System.nanoTime() - started) / 1e9;
        return new OcrFacts(pages, Math.round(mean * 10) / 10.0, Math.round(seconds * 10) / 10.0, engine);
    }
}
