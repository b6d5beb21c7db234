package nianbao.ingest.decoding;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Files that are no report are refused with a reason a user understands, and never crash the reader. */
class HostileFilesTest {

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

            assertThat(reason(out.toByteArray())).isEqualTo("scanned PDF: no text layer");
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

    private static String reason(byte[] bytes) {
        Decoding decoding = DocumentReader.read(bytes);
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
