package nianbao.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import nianbao.ingest.decoding.ReadLimits;

import java.util.Optional;

/** ingest-service's own settings ({@code nianbao.ingest.*}). */
@ConfigMapping(prefix = "nianbao.ingest")
public interface IngestConfig {

    /** Largest file accepted, in bytes (20 MiB): larger uploads get 413, larger records a rejection. */
    @WithDefault("20971520")
    long maxFileBytes();

    /**
     * The token every write request must present ({@code Authorization: Bearer …} or {@code X-Nianbao-Token}).
     * Without one, writes are refused: the local stack generates one and prints it.
     */
    Optional<String> writeToken();

    /** Where query-service answers, for the links given back to uploaders. */
    @WithDefault("http://localhost:8080")
    String queryBaseUrl();

    /** The readers' budget ({@code nianbao.ingest.limits.*}); what each bound means: {@link ReadLimits}. */
    Limits limits();

    /** The bounds of one batch upload ({@code nianbao.ingest.batch.*}). */
    Batch batch();

    /** Reading scanned pages ({@code nianbao.ingest.ocr.*}). */
    Ocr ocr();

    /** The readers' budget, defaults from {@link ReadLimits}. */
    interface Limits {

        @WithDefault("" + ReadLimits.ARCHIVE_ENTRIES)
        int archiveEntries();

        @WithDefault("" + ReadLimits.ENTRY_BYTES)
        long entryBytes();

        @WithDefault("" + ReadLimits.XML_ENTRY_BYTES)
        long xmlEntryBytes();

        @WithDefault("" + ReadLimits.INFLATED_BYTES)
        long inflatedBytes();

        @WithDefault("" + ReadLimits.INFLATE_RATIO)
        int inflateRatio();

        @WithDefault("" + ReadLimits.PDF_PAGES)
        int pdfPages();

        @WithDefault("" + ReadLimits.PAGE_GLYPHS)
        int pageGlyphs();

        @WithDefault("" + ReadLimits.PAGE_LINES)
        int pageLines();

        @WithDefault("" + ReadLimits.TEXT_CHARS)
        int textChars();

        @WithDefault("" + ReadLimits.TABLE_CELLS)
        int tableCells();

        @WithDefault("" + ReadLimits.DOCUMENT_CELLS)
        int documentCells();

        @WithDefault("" + ReadLimits.NESTING_DEPTH)
        int nestingDepth();

        @WithDefault("" + ReadLimits.PAGE_PIXELS)
        long pagePixels();

        @WithDefault("" + ReadLimits.OCR_PAGES)
        int ocrPages();

        @WithDefault("" + ReadLimits.OCR_PAGE_SECONDS)
        int ocrPageSeconds();

        /** These settings as the readers take them. */
        default ReadLimits readLimits() {
            return new ReadLimits(archiveEntries(), entryBytes(), xmlEntryBytes(), inflatedBytes(), inflateRatio(), pdfPages(),
                    pageGlyphs(), pageLines(), textChars(), tableCells(), documentCells(), nestingDepth(), pagePixels(), ocrPages(),
                    ocrPageSeconds());
        }
    }

    /** OCR of scanned PDFs and page images with Tesseract's command line. */
    interface Ocr {

        /** The tesseract command: a name on the PATH or a path. Without it (or its chi_sim and eng data) scans are refused. */
        @WithDefault("tesseract")
        String command();

        /** Files read by OCR at the same time (each on its own thread, off the consumers' and the event loop's). */
        @WithDefault("1")
        int concurrency();
    }

    /** A zip sent to {@code POST /reports/batch}: refused as a whole when over either bound. */
    interface Batch {

        /** Files in one zip. */
        @WithDefault("500")
        int files();

        /** Inflated bytes of all the zip's entries together (64 MiB). */
        @WithDefault("67108864")
        long inflatedBytes();

        /** How many times its compressed size one entry may inflate to. */
        @WithDefault("" + ReadLimits.INFLATE_RATIO)
        int inflateRatio();
    }
}
