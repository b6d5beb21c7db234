package nianbao.ingest.rest;

import nianbao.ingest.config.IngestConfig;
import nianbao.ingest.decoding.ReadLimits;
import nianbao.ingest.decoding.ZipScan;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Unpacks a zip of report files within bounds, never trusting the sizes the zip declares: the whole zip is first
 * walked counting what its entries inflate to (at most {@code nianbao.ingest.batch.files} entries and
 * {@code nianbao.ingest.batch.inflated-bytes} in all, no entry inflating more than the ratio) and refused as a whole
 * when over a bound, before anything is sent; then it is walked again, each entry read up to the file limit and handed
 * on before the next one is read, so one file at most is in memory. Entries over the file limit are counted, not kept.
 */
final class ZipBatch {

    /** One file of the zip: its bytes, or null when it is larger than the file limit ({@code size} read so far). */
    record Entry(String name, byte[] bytes, long size) {
    }

    /** Receives each file of the zip in order. */
    @FunctionalInterface
    interface EntryHandler {
        void entry(Entry entry);
    }

    /** Why a zip is refused as a whole: the bound it passed, or that it is no zip. */
    static final class Refused extends Exception {

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private ZipBatch() {
    }

    /** Hands each file of the zip to {@code handler}; throws Refused, with nothing handed on, when over a bound. */
    static int unpack(byte[] zip, IngestConfig config, EntryHandler handler) throws Refused {
        IngestConfig.Batch batch = config.batch();
        ZipScan.Bounds bounds = new ZipScan.Bounds(batch.files(), 0, 0, batch.inflatedBytes(), batch.inflateRatio());
        long maxFileBytes = config.maxFileBytes();
        try {
            ZipScan.walk(zip, bounds, null);
            List<String> names = new ArrayList<>();
            ZipScan.walk(zip, bounds, (name, in) -> {
                names.add(name);
                handler.entry(read(name.substring(name.lastIndexOf('/') + 1), in, maxFileBytes));
            });
            if (names.isEmpty()) {
                throw new Refused("the zip holds no files");
            }
            return names.size();
        } catch (ReadLimits.Exceeded e) {
            throw new Refused(e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused("not a readable zip: the body is no zip archive, or a damaged one");
        }
    }

    private static Entry read(String name, InputStream in, long maxFileBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
        if (bytes.length > maxFileBytes) {
            long size = bytes.length;
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
            }
            return new Entry(name, null, size);
        }
        return new Entry(name, bytes, bytes.length);
    }
}
