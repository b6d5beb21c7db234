package nianbao.ingest.messaging;

import nianbao.ingest.decoding.OcrFacts;

/**
 * {@code source.ocr} of {@code reports-ingested.v1}: how a report read from page images was read (pages, the mean word
 * confidence 0–100, seconds, the engine and its version); null for every file not read by OCR.
 */
public record OcrInfo(int pages, double meanConfidence, double seconds, String engine) {

    /** The event's form of a reader's OCR facts; null when the file was not read by OCR. */
    static OcrInfo of(OcrFacts facts) {
        return facts == null ? null : new OcrInfo(facts.pages(), facts.meanConfidence(), facts.seconds(), facts.engine());
    }
}
