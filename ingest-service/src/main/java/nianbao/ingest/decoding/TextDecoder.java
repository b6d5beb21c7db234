package nianbao.ingest.decoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a report file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK,
 * detected from the bytes. Bytes that decode in no encoding, or that decode only into control characters
 * (binary data), are unreadable; so are empty files and binary formats not read yet. Decoding stops as soon as the
 * text passes the character budget, and a web page must keep to the nesting and table budgets ({@link WebPageScan}).
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Share of control characters above which decoded "text" is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {
    }

    public static Decoding decode(byte[] bytes) {
        return decode(bytes, ReadLimits.DEFAULTS);
    }

    public static Decoding decode(byte[] bytes, ReadLimits limits) {
        try {
            return read(bytes, limits);
        } catch (ReadLimits.Exceeded e) {
            return new Decoding.Unreadable(e.getMessage(), "text/plain");
        }
    }

    private static Decoding read(byte[] bytes, ReadLimits limits) {
        if (bytes == null || bytes.length == 0) {
            return new Decoding.Unreadable("empty file", "application/x-empty");
        }
        String binary = MediaTypeSniffer.binaryType(bytes);
        if (binary != null) {
            return new Decoding.Unreadable("unsupported format: " + binary + " (text, markdown and web pages in UTF-8, UTF-16 or GB18030 are read)", binary);
        }
        if (MediaTypeSniffer.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(strict(StandardCharsets.UTF_8, bytes, 3, limits), "UTF-8", limits);
        }
        if (MediaTypeSniffer.startsWith(bytes, 0xFF, 0xFE)) {
            return checked(strict(StandardCharsets.UTF_16LE, bytes, 2, limits), "UTF-16LE", limits);
        }
        if (MediaTypeSniffer.startsWith(bytes, 0xFE, 0xFF)) {
            return checked(strict(StandardCharsets.UTF_16BE, bytes, 2, limits), "UTF-16BE", limits);
        }
        String utf8 = strict(StandardCharsets.UTF_8, bytes, 0, limits);
        if (utf8 != null) {
            return checked(utf8, "UTF-8", limits);
        }
        return checked(strict(GB18030, bytes, 0, limits), "GB18030", limits);
    }

    private static Decoding checked(String text, String charset, ReadLimits limits) {
        if (text == null) {
            return new Decoding.Unreadable("not text: the bytes are not valid " + charset, "application/octet-stream");
        }
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            return new Decoding.Unreadable("not text: binary data (control characters in the " + charset + " decoding)",
                    "application/octet-stream");
        }
        if (text.isBlank()) {
            return new Decoding.Unreadable("empty file: only whitespace", "text/plain");
        }
        String type = MediaTypeSniffer.textType(text);
        if ("text/html".equals(type)) {
            try {
                WebPageScan.check(text, limits);
            } catch (ReadLimits.Exceeded e) {
                return new Decoding.Unreadable(e.getMessage(), "text/html");
            }
        }
        return new Decoding.Text(text, charset, type);
    }

    /**
     * The bytes decoded, null when they are not valid in {@code charset}; never more characters than the budget
     * (the buffer holds one more, and filling it is the sign the text is over).
     */
    private static String strict(Charset charset, byte[] bytes, int offset, ReadLimits limits) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate((int) Math.min(bytes.length - offset + 1L, limits.textChars() + 1L));
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return null;
        }
        if (result.isOverflow() || out.position() > limits.textChars()) {
            throw ReadLimits.overAtLeast("characters of text", limits.textChars());
        }
        return out.flip().toString();
    }

    private static double controlShare(String text) {
        long control = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
        return (double) control / text.length();
    }
}
