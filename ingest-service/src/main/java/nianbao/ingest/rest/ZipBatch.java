package nianbao.ingest.rest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a zip of report files with limits, never trusting the sizes the zip claims: at most {@value #MAX_ENTRIES}
 * files, each read up to the file limit (larger ones are marked, not kept), at most {@value #MAX_TOTAL_BYTES}
 * bytes in all.
 */
final class ZipBatch {

    static final int MAX_ENTRIES = 500;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

    /** One file of the zip: its bytes, or null when it is larger than the file limit ({@code size} read so far). */
    record Entry(String name, byte[] bytes, long size) {
    }

    /** The files, or the reason the whole zip is refused. */
    record Result(List<Entry> entries, String error) {
    }

    private ZipBatch() {
    }

    static Result read(byte[] zip, long maxFileBytes) {
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.size() == MAX_ENTRIES) {
                    return new Result(List.of(), "a batch holds at most " + MAX_ENTRIES + " files");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0 && size <= maxFileBytes) {
                    size += n;
                    if (size <= maxFileBytes) {
                        out.write(buffer, 0, n);
                    }
                }
                total += size;
                if (total > MAX_TOTAL_BYTES) {
                    return new Result(List.of(), "a batch holds at most " + MAX_TOTAL_BYTES + " bytes");
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                entries.add(new Entry(name, size > maxFileBytes ? null : out.toByteArray(), size));
            }
        } catch (IOException | IllegalArgumentException e) {
            return new Result(List.of(), "not a readable zip: " + e.getMessage());
        }
        if (entries.isEmpty()) {
            return new Result(List.of(), "the zip holds no files");
        }
        return new Result(entries, null);
    }
}
