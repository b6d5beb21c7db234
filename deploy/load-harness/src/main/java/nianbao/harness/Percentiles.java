package nianbao.harness;

import java.util.Collection;

/** Latency percentiles (nearest rank) of a set of measurements in milliseconds. */
record Percentiles(int count, long p50, long p95, long p99, long max) {

    static Percentiles of(Collection<Long> millis) {
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1]);
    }

    private static long rank(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    @Override
    public String toString() {
        return "p50 " + p50 + " ms, p95 " + p95 + " ms, p99 " + p99 + " ms, max " + max + " ms (" + count + ")";
    }

}
