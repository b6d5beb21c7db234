package nianbao.ingest.decoding;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Walks a zip's entries as a stream (the same parser Apache POI opens a .docx with), counting the bytes each entry
 * really inflates to: the sizes a zip declares can lie. Past a bound it throws {@link ReadLimits.Exceeded} at once,
 * before the bytes are kept anywhere: {@code over limit: } for the number of entries, {@code zip bomb: } for inflated
 * bytes (per entry, in all, or the inflation ratio of one entry).
 */
public final class ZipScan {

    /** Below this many inflated bytes an entry's ratio is not judged: small text parts compress very well. */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;

    /**
     * The bounds of one walk; {@code entryBytes} ≤ 0 leaves single entries unbounded (the caller counts them),
     * {@code xmlEntryBytes} ≤ 0 gives XML parts ({@code .xml}, {@code .rels}) no bound of their own.
     */
    public record Bounds(int entries, long entryBytes, long xmlEntryBytes, long totalBytes, int ratio) {
    }

    /** Reads one entry's bytes from {@code in} (it may stop early: the rest is counted all the same). */
    @FunctionalInterface
    public interface Visitor {
        void entry(String name, InputStream in) throws IOException;
    }

    private ZipScan() {
    }

    /** Walks every entry that is no directory; the visitor may be null to only count. */
    public static void walk(byte[] zip, Bounds bounds, Visitor visitor) throws IOException {
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            Counter counter = new Counter(in, bounds);
            int entries = 0;
            ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > bounds.entries()) {
                    throw ReadLimits.overAtLeast("entries in the archive", bounds.entries());
                }
                counter.next(entry.getName());
                if (!entry.isDirectory() && visitor != null) {
                    visitor.entry(entry.getName(), counter);
                }
                counter.skipRest();
            }
        }
    }

    /** The current entry's inflated bytes as they are read, counted against the bounds. */
    private static final class Counter extends FilterInputStream {

        private final ZipArchiveInputStream zip;
        private final Bounds bounds;
        private String name;
        private long entryBound;
        private long entryBytes;
        private long totalBytes;

        Counter(ZipArchiveInputStream zip, Bounds bounds) {
            super(zip);
            this.zip = zip;
            this.bounds = bounds;
        }

        void next(String entryName) {
            name = entryName;
            entryBytes = 0;
            boolean xml = entryName.endsWith(".xml") || entryName.endsWith(".rels");
            entryBound = xml && bounds.xmlEntryBytes() > 0 ? bounds.xmlEntryBytes() : bounds.entryBytes();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = zip.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(Math.max(n, 1), 64 * 1024)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        @Override
        public void close() {
            // the walk closes the zip; a visitor closing its entry only ends that entry
        }

        void skipRest() throws IOException {
            byte[] buffer = new byte[64 * 1024];
            while (read(buffer, 0, buffer.length) >= 0) {
                // counted in read
            }
        }

        private void count(int n) {
            entryBytes += n;
            totalBytes += n;
            if (entryBound > 0 && entryBytes > entryBound) {
                throw ReadLimits.zipBomb(Reasons.clip(name) + " inflates to more than " + entryBound + " bytes");
            }
            if (totalBytes > bounds.totalBytes()) {
                throw ReadLimits.zipBomb("the entries inflate to more than " + bounds.totalBytes() + " bytes in all");
            }
            long compressed = Math.max(1, zip.getCompressedCount());
            if (entryBytes > RATIO_GRACE_BYTES && entryBytes / compressed > bounds.ratio()) {
                throw ReadLimits.zipBomb(Reasons.clip(name) + " inflates more than " + bounds.ratio() + " times its size");
            }
        }
    }
}
