package nianbao.parser.parsing;

/**
 * The parser's budget per document, far below its heap (256 MiB, with up to three parses at once): a real annual
 * report is 10–60 thousand characters of text or a 100–400 KB web page, its largest table a few hundred cells.
 * Each bound is checked before the memory it guards is spent; over it, {@link OverLimit} names the bound.
 */
public final class InputLimits {

    /** Characters of text or HTML handed to the parser (a CMS page is 0.3 M; a 20 MiB text file is 10 M). */
    public static final int MAX_CHARACTERS = 4_000_000;
    /** Lines of a text document. */
    public static final int MAX_LINES = 200_000;
    /** Cells of one table's grid once rowspan/colspan are expanded (table 三 has 25 × 7 values and its labels). */
    public static final int MAX_TABLE_CELLS = 20_000;
    /** Cells of all tables of a document together. */
    public static final int MAX_DOCUMENT_CELLS = 100_000;
    /** Rows of one table. */
    public static final int MAX_TABLE_ROWS = 5_000;
    /** Element nesting depth of a web page (real pages stay under 40; a layout table in a layout table adds 4). */
    public static final int MAX_DEPTH = 256;
    /** rowspan or colspan of one cell; larger spans are capped to this, never allocated. */
    public static final int MAX_SPAN = 64;

    private InputLimits() {
    }

    static void checkCharacters(String what, int length) {
        if (length > MAX_CHARACTERS) {
            throw new OverLimit(what, length, MAX_CHARACTERS);
        }
    }
}
