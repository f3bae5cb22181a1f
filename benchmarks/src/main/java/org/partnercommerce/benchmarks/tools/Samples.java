package org.partnercommerce.benchmarks.tools;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latencies in nanoseconds, summarised in milliseconds. */
final class Samples {

    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int size() {
        return size;
    }

    /** The nearest-rank percentile, in milliseconds. */
    double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    double meanMillis() {
        return Arrays.stream(values, 0, size).average().orElse(Double.NaN) / 1e6;
    }

    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", size);
        summary.put("p50Ms", round(percentileMillis(50)));
        summary.put("p90Ms", round(percentileMillis(90)));
        summary.put("p99Ms", round(percentileMillis(99)));
        summary.put("maxMs", round(percentileMillis(100)));
        summary.put("meanMs", round(meanMillis()));
        return summary;
    }

    static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
