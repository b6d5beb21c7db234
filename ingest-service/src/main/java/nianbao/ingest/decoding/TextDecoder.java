package nianbao.ingest.decoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a report file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK,
 * detected from the bytes. Bytes that decode in no encoding, or that decode only into control characters
 * (binary data), are unreadable; so are empty files and binary formats not read yet.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Share of control characters above which decoded "text" is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {
    }

    public static Decoding decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Decoding.Unreadable("empty file", "application/x-empty");
        }
        String binary = MediaTypeSniffer.binaryType(bytes);
        if (binary != null) {
            return new Decoding.Unreadable("unsupported format: " + binary + " (text, markdown and web pages in UTF-8, UTF-16 or GB18030 are read)", binary);
        }
        if (MediaTypeSniffer.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(strict(StandardCharsets.UTF_8, bytes, 3), "UTF-8");
        }
        if (MediaTypeSniffer.startsWith(bytes, 0xFF, 0xFE)) {
            return checked(strict(StandardCharsets.UTF_16LE, bytes, 2), "UTF-16LE");
        }
        if (MediaTypeSniffer.startsWith(bytes, 0xFE, 0xFF)) {
            return checked(strict(StandardCharsets.UTF_16BE, bytes, 2), "UTF-16BE");
        }
        String utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
        if (utf8 != null) {
            return checked(utf8, "UTF-8");
        }
        return checked(strict(GB18030, bytes, 0), "GB18030");
    }

    private static Decoding checked(String text, String charset) {
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
        return new Decoding.Text(text, charset, MediaTypeSniffer.textType(text));
    }

    private static String strict(Charset charset, byte[] bytes, int offset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static double controlShare(String text) {
        long control = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
        return (double) control / text.length();
    }
}
