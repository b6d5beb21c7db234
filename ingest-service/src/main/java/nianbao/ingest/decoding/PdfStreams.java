package nianbao.ingest.decoding;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.InflaterInputStream;

/**
 * Inflates every Flate-compressed stream of a PDF that is no image once, counting and keeping nothing, before PDFBox
 * decodes any of them whole into memory: a stream that inflates past {@link ReadLimits#entryBytes()} is over the
 * budget. Streams PDFBox cannot inflate either are left to it (it reports them as damage); images are never decoded
 * by this service and are skipped.
 */
final class PdfStreams {

    private PdfStreams() {
    }

    static void check(PDDocument document, ReadLimits limits) {
        COSDocument cos = document.getDocument();
        List<Map.Entry<COSObjectKey, Long>> objects = new ArrayList<>(cos.getXrefTable().entrySet());
        // objects stored whole first (object streams among them), then those packed inside object streams
        objects.sort((a, b) -> Boolean.compare(a.getValue() < 0, b.getValue() < 0));
        for (Map.Entry<COSObjectKey, Long> entry : objects) {
            COSBase object;
            try {
                object = cos.getObjectFromPool(entry.getKey()).getObject();
            } catch (RuntimeException e) {
                continue;
            }
            if (object instanceof COSStream stream && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                    && flateFirst(stream.getFilters())) {
                count(stream, limits.entryBytes());
            }
        }
    }

    private static boolean flateFirst(COSBase filters) {
        COSBase first = filters instanceof COSArray array && array.size() > 0 ? array.getObject(0) : filters;
        return COSName.FLATE_DECODE.equals(first) || COSName.FLATE_DECODE_ABBREVIATION.equals(first);
    }

    private static void count(COSStream stream, long bound) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = new InflaterInputStream(stream.createRawInputStream())) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > bound) {
                    throw ReadLimits.overAtLeast("bytes inflated from one stream of the PDF", bound);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReadLimits.Exceeded exceeded) {
                throw exceeded;
            }
            // not inflatable here: PDFBox decides what it makes of the stream
        }
    }
}
