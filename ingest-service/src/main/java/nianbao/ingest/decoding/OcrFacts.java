package nianbao.ingest.decoding;

/**
 * How a report was read from page images: the pages OCR read, the mean confidence of the words it read (0–100), the
 * seconds it took (rendering and reading) and the engine with its version ("tesseract 5.3.0").
 */
public record OcrFacts(int pages, double meanConfidence, double seconds, String engine) {
}
