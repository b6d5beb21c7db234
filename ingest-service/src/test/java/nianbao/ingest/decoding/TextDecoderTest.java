package nianbao.ingest.decoding;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Text is detected from the bytes, whatever the file is called: UTF-8 with or without BOM, UTF-16, GB18030. */
class TextDecoderTest {

    private static final String REPORT = "中卫市商务局 2025 年政府信息公开工作年度报告\n一、总体情况\n规章\t0\t0\t0\n";

    @Test
    void utf8WithAndWithoutBom() {
        byte[] plain = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);

        assertThat(text(TextDecoder.decode(plain))).isEqualTo(REPORT);
        assertThat(text(TextDecoder.decode(bom))).isEqualTo(REPORT);
    }

    @Test
    void gb18030AndGbkAreDetected() {
        Decoding gb = TextDecoder.decode(REPORT.getBytes(Charset.forName("GB18030")));
        Decoding gbk = TextDecoder.decode(REPORT.getBytes(Charset.forName("GBK")));

        assertThat(text(gb)).isEqualTo(REPORT);
        assertThat(((Decoding.Text) gb).charset()).isEqualTo("GB18030");
        assertThat(text(gbk)).isEqualTo(REPORT);
    }

    @Test
    void utf16WithBom() {
        assertThat(text(TextDecoder.decode(("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16LE)))).isEqualTo(REPORT);
        assertThat(text(TextDecoder.decode(("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16BE)))).isEqualTo(REPORT);
    }

    @Test
    void emptyWhitespaceAndRandomBytesAreUnreadableWithAReason() {
        byte[] random = new byte[8192];
        new Random(7).nextBytes(random);

        assertThat(reason(TextDecoder.decode(new byte[0]))).isEqualTo("empty file");
        assertThat(reason(TextDecoder.decode("  \n\t ".getBytes(StandardCharsets.UTF_8)))).startsWith("empty file");
        assertThat(reason(TextDecoder.decode(random))).startsWith("not text");
    }

    @Test
    void binaryFormatsAreNamedByWhatTheBytesAreNotByTheirName() {
        assertThat(TextDecoder.decode("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)).mediaType()).isEqualTo("application/pdf");
        assertThat(TextDecoder.decode(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2}).mediaType()).isEqualTo("application/zip");
    }

    private static String text(Decoding decoding) {
        assertThat(decoding).isInstanceOf(Decoding.Text.class);
        return ((Decoding.Text) decoding).text();
    }

    private static String reason(Decoding decoding) {
        assertThat(decoding).isInstanceOf(Decoding.Unreadable.class);
        return ((Decoding.Unreadable) decoding).reason();
    }
}
