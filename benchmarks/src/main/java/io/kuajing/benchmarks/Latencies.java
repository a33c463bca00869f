package io.kuajing.benchmarks;

import java.util.Arrays;

/** Latencies in microseconds, recorded by many threads, read once at the end of a phase. */
final class Latencies {

    private long[] micros = new long[1 << 16];
    private int count;

    synchronized void add(long nanos) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = nanos / 1000;
    }

    synchronized int count() {
        return count;
    }

    /** The {@code q} quantile (0.5, 0.99, 1.0) in milliseconds; 0 when nothing was recorded. */
    synchronized double millis(double q) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.max(0, Math.ceil(q * count) - 1));
        return sorted[index] / 1000.0;
    }
}
