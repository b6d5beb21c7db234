package nianbao.ingest.decoding;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every reader keeps to its budget (ReadLimits): hostile files of each kind are refused with the bound they broke,
 * before the memory it guards is spent. Defaults where the hostile file is cheap to make; a small budget on a real
 * fixture where that shows the same check. Each read has a hang guard, never a speed claim.
 */
class ReadLimitsTest {

    private static final Duration HANG = Duration.ofSeconds(60);

    @Test
    void aDocxWhoseEntriesInflateToMoreThanTheTotalIsAZipBomb() throws IOException {
        byte[] part = compressible(20 * 1024 * 1024);
        byte[] docx = zip("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8),
                "word/media/a.bin", part, "word/media/b.bin", part, "word/media/c.bin", part);

        assertThat(docx.length).isLessThan(20 * 1024 * 1024);
        assertThat(reason(docx)).isEqualTo("zip bomb: the entries inflate to more than 50331648 bytes in all");
    }

    @Test
    void aDocxEntryOverThePerEntryBoundIsAZipBomb() throws IOException {
        byte[] docx = zip("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8), "word/media/image1.png", compressible(30 * 1024 * 1024));

        assertThat(reason(docx)).isEqualTo("zip bomb: word/media/image1.png inflates to more than 25165824 bytes");
    }

    @Test
    void anXmlPartOfADocxHasItsOwnSmallerBoundForPoiBuildsATreeOfIt() throws IOException {
        byte[] docx = zip("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", compressible(5 * 1024 * 1024));

        assertThat(reason(docx)).isEqualTo("zip bomb: word/document.xml inflates to more than 4194304 bytes");
    }

    @Test
    void aDocxOfTooManyEntriesIsOverTheEntryBound() throws IOException {
        Object[] entries = new Object[2 * 1002];
        entries[0] = "word/document.xml";
        entries[1] = "<w:document/>".getBytes(StandardCharsets.UTF_8);
        for (int i = 1; i < 1002; i++) {
            entries[2 * i] = "word/media/" + i + ".txt";
            entries[2 * i + 1] = new byte[] {'x'};
        }

        assertThat(reason(zip(entries))).isEqualTo("over limit: more than 1000 entries in the archive");
    }

    @Test
    void aPdfOfTenThousandEmptyPagesIsRefusedByItsPageCount() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 10_000; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        assertThat(reason(pdf)).isEqualTo("over limit: 10000 pages (at most 2000)");
    }

    @Test
    void textOverTheCharacterBoundIsRefusedWithoutDecodingAll() {
        byte[] text = ("中卫市商务局年度报告 " + "a".repeat(5_000_000)).getBytes(StandardCharsets.UTF_8);

        assertThat(reason(text)).isEqualTo("over limit: more than 5000000 characters of text");
    }

    @Test
    void aWebPageWhoseSpansExpandIntoMillionsOfCellsIsOverTheTableBound() {
        String span = "<html><body><table>" + "<tr><td rowspan=\"64\" colspan=\"64\">1</td></tr>".repeat(3000) + "</table></body></html>";
        String rows = "<html><body><table>" + "<tr><td>1</td></tr>".repeat(50_001) + "</table></body></html>";
        String manyTables = "<html><body>" + ("<table>" + "<tr><td>1</td><td>2</td></tr>".repeat(10_000) + "</table>").repeat(11);

        assertThat(reason(span.getBytes(StandardCharsets.UTF_8))).isEqualTo("over limit: more than 50000 cells in one table");
        assertThat(reason(rows.getBytes(StandardCharsets.UTF_8))).isEqualTo("over limit: more than 50000 cells in one table");
        assertThat(reason(manyTables.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("over limit: more than 200000 table cells in the document");
    }

    @Test
    void aWebPageWithinTheBoundsIsHandedOnWhole() {
        String page = "<html><body><table>" + "<tr><td rowspan=\"2\">a</td><td colspan=\"3\">b</td></tr><tr><td>c</td></tr>".repeat(1000)
                + "</table>" + "<div><p>段落<br><img src=x>".repeat(500) + "</div>".repeat(500) + "<script>if (a < b) { x('<div>'); }</script></body></html>";

        assertThat(DocumentReader.read(page.getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(Decoding.Text.class,
                text -> assertThat(text.text()).isEqualTo(page));
    }

    @Test
    void wordAndPdfTablesAreCountedAsTheyAreBuilt() throws IOException {
        ReadLimits tenCells = with("tableCells", 10);

        for (String fixture : new String[] {"001_f44f10d947acded0.docx", "001_f44f10d947acded0.doc"}) {
            assertThat(reason(FixtureFormatsTest.fixture(fixture), tenCells)).isEqualTo("over limit: more than 10 cells in one table");
        }
        assertThat(reason(FixtureFormatsTest.fixture("001_f44f10d947acded0.pdf"), tenCells)).matches("over limit: \\d+ cells in one table \\(at most 10\\)");
    }

    @Test
    void wordAndPdfTextIsCountedAsItIsBuilt() throws IOException {
        ReadLimits hundredChars = with("textChars", 100);

        for (String fixture : new String[] {"001_f44f10d947acded0.docx", "001_f44f10d947acded0.pdf"}) {
            assertThat(reason(FixtureFormatsTest.fixture(fixture), hundredChars)).isEqualTo("over limit: more than 100 characters of text");
        }
        // a .doc says how long its text is: refused before a paragraph is read
        assertThat(reason(FixtureFormatsTest.fixture("001_f44f10d947acded0.doc"), hundredChars)).matches("over limit: \\d+ characters of text \\(at most 100\\)");
    }

    @Test
    void aPdfPageIsBoundedInGlyphsLinesAndInflatedStreamBytes() throws IOException {
        byte[] pdf = FixtureFormatsTest.fixture("001_f44f10d947acded0.pdf");

        assertThat(reason(pdf, with("pageGlyphs", 50)))
                .isEqualTo("over limit: more than 50 characters on one PDF page");
        assertThat(reason(pdf, with("pageLines", 5)))
                .isEqualTo("over limit: more than 5 lines drawn on one PDF page");
        assertThat(reason(pdf, with("entryBytes", 1000)))
                .isEqualTo("over limit: more than 1000 bytes inflated from one stream of the PDF");
    }

    /** The default budget with one bound changed. */
    private static ReadLimits with(String bound, int value) {
        ReadLimits d = ReadLimits.DEFAULTS;
        return new ReadLimits(d.archiveEntries(), bound.equals("entryBytes") ? value : d.entryBytes(), d.xmlEntryBytes(),
                d.inflatedBytes(), d.inflateRatio(), d.pdfPages(), bound.equals("pageGlyphs") ? value : d.pageGlyphs(),
                bound.equals("pageLines") ? value : d.pageLines(), bound.equals("textChars") ? value : d.textChars(),
                bound.equals("tableCells") ? value : d.tableCells(), d.documentCells(), d.nestingDepth(),
                bound.equals("pagePixels") ? value : d.pagePixels(), bound.equals("ocrPages") ? value : d.ocrPages(), d.ocrPageSeconds());
    }

    /** Bytes that deflate about tenfold: a random byte in every ten, so no entry passes the inflation ratio. */
    private static byte[] compressible(int size) {
        byte[] bytes = new byte[size];
        Random random = new Random(17);
        for (int i = 0; i < size; i++) {
            bytes[i] = i % 10 == 0 ? (byte) random.nextInt(256) : (byte) 'a';
        }
        return bytes;
    }

    static String reason(byte[] bytes) {
        return reason(bytes, ReadLimits.DEFAULTS);
    }

    static String reason(byte[] bytes, ReadLimits limits) {
        Decoding decoding = assertTimeoutPreemptively(HANG, () -> DocumentReader.read(bytes, limits));
        assertThat(decoding).isInstanceOf(Decoding.Unreadable.class);
        return ((Decoding.Unreadable) decoding).reason();
    }

    static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
