package nianbao.ingest.decoding;

import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dates a file carries itself, for rule P01: PDF Info (else XMP), .docx core properties, .doc summary
 * information; none for text and web pages.
 */
class DocumentDatesTest {

    @Test
    void thePdfFixtureCarriesItsCreationDate() throws IOException {
        FileDates dates = text(FixtureFormatsTest.fixture("002_e0a437375778a97d.pdf")).dates();

        assertThat(dates.created()).isAfter(Instant.parse("2020-01-01T00:00:00Z"));
    }

    @Test
    void aDocsSummaryInformationGivesItsDates() throws Exception {
        byte[] doc;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(FixtureFormatsTest.fixture("002_e0a437375778a97d.doc")));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SummaryInformation summary = fs.getRoot().hasEntry(SummaryInformation.DEFAULT_STREAM_NAME)
                    ? (SummaryInformation) PropertySetFactory.create(fs.getRoot(), SummaryInformation.DEFAULT_STREAM_NAME)
                    : PropertySetFactory.newSummaryInformation();
            summary.setCreateDateTime(Date.from(Instant.parse("2026-01-18T09:12:00Z")));
            summary.setLastSaveDateTime(Date.from(Instant.parse("2026-01-19T02:00:00Z")));
            summary.write(fs.getRoot(), SummaryInformation.DEFAULT_STREAM_NAME);
            fs.writeFilesystem(out);
            doc = out.toByteArray();
        }

        assertThat(text(doc).dates()).isEqualTo(new FileDates(Instant.parse("2026-01-18T09:12:00Z"), Instant.parse("2026-01-19T02:00:00Z")));
    }

    @Test
    void aDocxsCorePropertiesGiveItsDatesAndTheirAbsenceGivesNulls() throws IOException {
        byte[] docx = FixtureFormatsTest.fixture("002_e0a437375778a97d.docx");
        String core = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-01-18T09:12:00Z</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-01-19T02:00:00Z</dcterms:modified></cp:coreProperties>";

        // the fixture (LibreOffice from text) states no dates; the same file with them stated
        assertThat(text(docx).dates()).isEqualTo(new FileDates(null, null));
        assertThat(text(withEntry(docx, "docProps/core.xml", core.getBytes(StandardCharsets.UTF_8))).dates())
                .isEqualTo(new FileDates(Instant.parse("2026-01-18T09:12:00Z"), Instant.parse("2026-01-19T02:00:00Z")));
    }

    @Test
    void textAndWebPagesHaveNone() throws IOException {
        assertThat(text(FixtureFormatsTest.fixture("002_e0a437375778a97d.html")).dates()).isNull();
        assertThat(text(FixtureFormatsTest.fixture("002_e0a437375778a97d.gb18030.txt")).dates()).isNull();
    }

    @Test
    void aPdfsInfoDatesAreReadWithTheirTimeZone() throws IOException {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("GMT+08:00"));
        created.clear();
        created.set(2026, Calendar.JANUARY, 18, 17, 12, 0);

        byte[] pdf = pdf(document -> document.getDocumentInformation().setCreationDate(created));

        assertThat(text(pdf).dates()).isEqualTo(new FileDates(Instant.parse("2026-01-18T09:12:00Z"), null));
    }

    @Test
    void aDateMissingFromInfoIsTakenFromXmp() throws IOException {
        String xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreateDate=\"2026-01-18T09:12:00+08:00\">"
                + "<xmp:ModifyDate>2026-01-19T02:00:00Z</xmp:ModifyDate></rdf:Description></rdf:RDF></x:xmpmeta>";

        byte[] pdf = pdf(document -> {
            PDMetadata metadata = new PDMetadata(document);
            try (var out = metadata.createOutputStream()) {
                out.write(xmp.getBytes(StandardCharsets.UTF_8));
            }
            document.getDocumentCatalog().setMetadata(metadata);
        });

        assertThat(text(pdf).dates()).isEqualTo(new FileDates(Instant.parse("2026-01-18T01:12:00Z"), Instant.parse("2026-01-19T02:00:00Z")));
    }

    @Test
    void anEmptyWordDateIsNoDate() {
        assertThat(FileDates.of(new Date(-11_644_473_600_000L), null)).isEqualTo(new FileDates(null, null));
    }

    private static byte[] withEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(entry.getName().equals(name) ? content : in.readAllBytes());
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private interface Setup {
        void apply(PDDocument document) throws IOException;
    }

    private static byte[] pdf(Setup setup) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Annual report 2025");
                content.endText();
            }
            setup.apply(document);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static Decoding.Text text(byte[] bytes) {
        Decoding decoding = DocumentReader.read(bytes);
        assertThat(decoding).isInstanceOf(Decoding.Text.class);
        return (Decoding.Text) decoding;
    }
}
