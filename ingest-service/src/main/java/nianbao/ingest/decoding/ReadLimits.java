package nianbao.ingest.decoding;

/**
 * The budget of every reader, far below the service's heap (it runs with -Xmx256m; a file is at most 20 MiB). Each
 * bound is checked before the memory it guards is spent; a file over one is unreadable with a reason that names it,
 * starting {@code over limit: } ({@code zip bomb: } for archive entries that inflate too much). The defaults are the
 * values of {@code nianbao.ingest.limits.*} in {@link nianbao.ingest.config.IngestConfig}.
 *
 * @param archiveEntries  entries of a .docx (a zip), directories included
 * @param entryBytes      inflated bytes of one .docx entry, and of one decoded PDF stream
 * @param xmlEntryBytes   inflated bytes of one XML part of a .docx ({@code .xml}, {@code .rels}): POI builds a tree of
 *                        it, about 20 times its size
 * @param inflatedBytes   inflated bytes of all the entries of a .docx together
 * @param inflateRatio    how many times its compressed size one archive entry may inflate to
 * @param pdfPages        pages of a PDF
 * @param pageGlyphs      characters placed on one PDF page (each is kept with its position while the page is read)
 * @param pageLines       horizontal and vertical lines drawn on one PDF page (table borders are found among them;
 *                        path segments of any kind are bounded at 20 times this)
 * @param textChars       characters of the text handed on (the decoded text or web page, the HTML of a PDF or Word file)
 * @param tableCells      cells of one table's grid handed on (rows × columns, merged cells counted for each slot)
 * @param documentCells   cells of all the tables of one document together
 * @param nestingDepth    open elements nested in one another in a web page
 * @param pagePixels      pixels of one page image read by OCR: an image file's page as it declares its size (checked
 *                        before it is decoded), a scanned PDF page as rendered (rendered at less than 300 dpi to fit)
 * @param ocrPages        pages of one file read by OCR
 * @param ocrPageSeconds  seconds OCR may spend on one page (Tesseract is stopped past it)
 */
public record ReadLimits(int archiveEntries, long entryBytes, long xmlEntryBytes, long inflatedBytes, int inflateRatio, int pdfPages,
                         int pageGlyphs, int pageLines, int textChars, int tableCells, int documentCells,
                         int nestingDepth, long pagePixels, int ocrPages, int ocrPageSeconds) {

    public static final int ARCHIVE_ENTRIES = 1_000;
    public static final long ENTRY_BYTES = 24L * 1024 * 1024;
    public static final long XML_ENTRY_BYTES = 4L * 1024 * 1024;
    public static final long INFLATED_BYTES = 48L * 1024 * 1024;
    public static final int INFLATE_RATIO = 100;
    public static final int PDF_PAGES = 2_000;
    public static final int PAGE_GLYPHS = 100_000;
    public static final int PAGE_LINES = 5_000;
    public static final int TEXT_CHARS = 5_000_000;
    public static final int TABLE_CELLS = 50_000;
    public static final int DOCUMENT_CELLS = 200_000;
    public static final int NESTING_DEPTH = 1_000;
    public static final long PAGE_PIXELS = 16_000_000;
    public static final int OCR_PAGES = 50;
    public static final int OCR_PAGE_SECONDS = 120;

    /** The defaults, for readers used outside the service (tests, tools). */
    public static final ReadLimits DEFAULTS = new ReadLimits(ARCHIVE_ENTRIES, ENTRY_BYTES, XML_ENTRY_BYTES, INFLATED_BYTES, INFLATE_RATIO,
            PDF_PAGES, PAGE_GLYPHS, PAGE_LINES, TEXT_CHARS, TABLE_CELLS, DOCUMENT_CELLS, NESTING_DEPTH, PAGE_PIXELS, OCR_PAGES,
            OCR_PAGE_SECONDS);

    /** Thrown by a reader the moment a bound is passed; {@link #getMessage()} is the rejection reason. */
    public static final class Exceeded extends RuntimeException {

        Exceeded(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Over limit: {@code found} of {@code what}, at most {@code bound}. */
    static Exceeded over(long found, String what, long bound) {
        return new Exceeded("over limit: " + found + " " + what + " (at most " + bound + ")");
    }

    /** Over limit when the count is only known to pass the bound: more than {@code bound} of {@code what}. */
    static Exceeded overAtLeast(String what, long bound) {
        return new Exceeded("over limit: more than " + bound + " " + what);
    }

    /** A zip bomb: {@code what} inflates beyond its bound. */
    static Exceeded zipBomb(String what) {
        return new Exceeded("zip bomb: " + what);
    }
}
