package nianbao.ingest.decoding;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Files that are no report are refused with a reason a user understands, and never crash the reader. Every read runs
 * under a hang guard (a generous timeout that catches endless loops, not a speed claim). Files over 20 MiB never
 * reach the reader: see UploadResourceTest (413) and the end-to-end PoisonMessagesEndToEndIT (file too large).
 */
class HostileFilesTest {

    private static final Duration HANG = Duration.ofSeconds(60);

    @Test
    void emptyAndRandomBytes() {
        byte[] random = new byte[64 * 1024];
        new Random(11).nextBytes(random);

        assertThat(reason(new byte[0])).isEqualTo("empty file");
        assertThat(reason(random)).startsWith("not text");
    }

    @Test
    void aDocxThatIsAZipBombIsRefused() throws IOException {
        byte[] bomb = zip("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", spaces(40 * 1024 * 1024));

        assertThat(bomb.length).isLessThan(200 * 1024);
        assertThat(reason(bomb)).startsWith("zip bomb");
        assertThat(DocumentReader.read(bomb).mediaType()).isEqualTo(DocumentReader.DOCX);
    }

    @Test
    void aTruncatedPdfIsRefused() throws IOException {
        byte[] pdf = FixtureFormatsTest.fixture("000_2f8ee6c9bd0fa497.pdf");

        assertThat(reason(Arrays.copyOf(pdf, pdf.length / 2))).startsWith("truncated PDF");
    }

    @Test
    void aPdfWithoutTextLayerIsAScan() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);

            // read without OCR (DocumentReader.read without an engine): refused with the reason; with OCR see ScannedReportsTest
            assertThat(reason(out.toByteArray())).isEqualTo("scanned PDF: no text layer; OCR is not installed on this server");
        }
    }

    @Test
    void damagedPdfAndDocxAreRefusedWithTheirType() throws IOException {
        byte[] pdf = "%PDF-1.7\nnot really a pdf\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] docx = zip("word/document.xml", "<not-xml".getBytes(StandardCharsets.UTF_8));

        assertThat(DocumentReader.read(pdf)).isInstanceOf(Decoding.Unreadable.class);
        assertThat(DocumentReader.read(pdf).mediaType()).isEqualTo(DocumentReader.PDF);
        assertThat(reason(docx)).startsWith("unreadable Word document");
    }

    @Test
    void theNameIsNeverTrustedOtherArchivesAndImagesAreNamedByTheirBytes() throws IOException {
        byte[] zip = zip("report.txt", "报告".getBytes(StandardCharsets.UTF_8));
        byte[] png = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

        assertThat(reason(zip)).isEqualTo(DocumentReader.unsupported("application/zip").reason());
        assertThat(reason(png)).startsWith("unsupported format: image/");
        assertThat(reason(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}))
                .startsWith("unsupported format: application/x-ole-storage");
    }

    @Test
    void aPdfWithABrokenCrossReferenceTableIsReadAllTheSame() throws IOException {
        byte[] pdf = FixtureFormatsTest.fixture("000_2f8ee6c9bd0fa497.pdf");
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        // every entry points to byte 1, and then a table that is no table at all: PDFBox rebuilds it from the objects
        byte[] wrongOffsets = raw.replaceAll("\\d{10} 00000 n", "0000000001 00000 n").getBytes(StandardCharsets.ISO_8859_1);
        int table = raw.lastIndexOf("\nxref\n");
        byte[] garbageTable = (raw.substring(0, table) + "\nxref\n0 36\ngarbage\ntrailer\n<< >>\nstartxref\n" + table + "\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        String intact = text(pdf);

        assertThat(wrongOffsets).hasSameSizeAs(pdf).isNotEqualTo(pdf);
        assertThat(text(wrongOffsets)).isEqualTo(intact);
        assertThat(text(garbageTable)).isEqualTo(intact);
    }

    @Test
    void invalidUtf8IsNotText() {
        byte[] report = "中卫市商务局 2025 年政府信息公开工作年度报告\n一、总体情况\n".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = report.clone();
        invalid[5] = (byte) 0xFF;
        byte[] withBom = new byte[invalid.length + 3];
        System.arraycopy(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0, withBom, 0, 3);
        System.arraycopy(invalid, 0, withBom, 3, invalid.length);

        // without a BOM GB18030 is tried too, and these bytes are no GB18030 either
        assertThat(reason(invalid)).startsWith("not text");
        assertThat(reason(withBom)).isEqualTo("not text: the bytes are not valid UTF-8");
    }

    @Test
    void aScriptedWebPageIsHandedOnAsHtml() {
        String scripted = "<html><head><script>" + "while(true){document.write('<table>');}".repeat(10_000) + "</script></head></html>";

        Decoding decoding = assertTimeoutPreemptively(HANG, () -> DocumentReader.read(scripted.getBytes(StandardCharsets.UTF_8)));
        assertThat(decoding).isInstanceOfSatisfying(Decoding.Text.class, text -> {
            assertThat(text.contentType()).isEqualTo("text/html");
            assertThat(text.text()).isEqualTo(scripted);
        });
    }

    /** Issue 17 asks for deep nesting to be refused with its bound: it was handed on as HTML before. */
    @Test
    void aDeeplyNestedWebPageIsOverTheNestingBound() {
        String nested = "<html><body>" + "<div>".repeat(200_000) + "中卫市商务局2025年政府信息公开工作年度报告" + "</div>".repeat(200_000);

        assertThat(reason(nested.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("over limit: more than 1000 elements nested in one another");
    }

    private static String text(byte[] bytes) {
        Decoding decoding = assertTimeoutPreemptively(HANG, () -> DocumentReader.read(bytes));
        assertThat(decoding).isInstanceOf(Decoding.Text.class);
        return ((Decoding.Text) decoding).text();
    }

    private static String reason(byte[] bytes) {
        Decoding decoding = assertTimeoutPreemptively(HANG, () -> DocumentReader.read(bytes));
        assertThat(decoding).isInstanceOf(Decoding.Unreadable.class);
        return ((Decoding.Unreadable) decoding).reason();
    }

    private static byte[] spaces(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        return bytes;
    }

    private static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
