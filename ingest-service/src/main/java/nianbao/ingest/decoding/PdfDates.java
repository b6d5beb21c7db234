package nianbao.ingest.decoding;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a PDF carries: its Info dictionary's CreationDate and ModDate, each missing one taken from the XMP
 * metadata's xmp:CreateDate / xmp:ModifyDate (only values with a time zone; the first 1 MiB of the packet is read).
 */
final class PdfDates {

    private static final int XMP_BYTES = 1024 * 1024;

    private PdfDates() {
    }

    static FileDates of(PDDocument document) {
        FileDates info;
        try {
            var information = document.getDocumentInformation();
            info = FileDates.of(information.getCreationDate(), information.getModificationDate());
        } catch (RuntimeException e) {
            info = new FileDates(null, null);
        }
        if (info.created() != null && info.modified() != null) {
            return info;
        }
        return info.orElse(xmp(document));
    }

    private static FileDates xmp(PDDocument document) {
        try {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return new FileDates(null, null);
            }
            String packet;
            try (InputStream in = metadata.createInputStream()) {
                packet = new String(in.readNBytes(XMP_BYTES), StandardCharsets.UTF_8);
            }
            return new FileDates(find(packet, "CreateDate"), find(packet, "ModifyDate"));
        } catch (IOException | RuntimeException e) {
            return new FileDates(null, null);
        }
    }

    /** The value of xmp:{name}, as an element or an attribute. */
    private static Instant find(String packet, String name) {
        Matcher m = Pattern.compile("xmp:" + name + "(?:\\s*=\\s*[\"']|\\s*>)\\s*([^<\"']{10,40})").matcher(packet);
        if (!m.find()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(m.group(1).strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
