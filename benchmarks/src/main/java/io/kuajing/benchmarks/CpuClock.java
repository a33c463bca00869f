package io.kuajing.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent by this JVM (the product, its simulators and the benchmark's light polling) and by the private
 * database server, read from the JVM and from /proc. On a machine shared with other work, CPU per order moves far less
 * than orders per second, so it is the figure to compare between runs taken at different loads.
 */
record CpuClock(long appNanos, long databaseNanos) {

    /** The private server's pid file, exported by benchmarks/run; absent when KUAJING_BENCH_DB names another server. */
    private static final String DATABASE_PID_FILE = System.getenv().getOrDefault("KUAJING_BENCH_DB_PID", "");
    /** USER_HZ: /proc counts CPU in clock ticks of 10 ms on Linux. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    static CpuClock now() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuClock(os.getProcessCpuTime(), serverNanos());
    }

    /** Milliseconds of CPU per unit of work since {@code before}: {app, database}; database is NaN when unknown. */
    double[] perUnitMillis(CpuClock before, long units) {
        double app = (appNanos - before.appNanos) / 1e6 / Math.max(1, units);
        double database = databaseNanos < 0 || before.databaseNanos < 0 ? Double.NaN
                : (databaseNanos - before.databaseNanos) / 1e6 / Math.max(1, units);
        return new double[] {app, database};
    }

    private static long serverNanos() {
        if (DATABASE_PID_FILE.isBlank()) {
            return -1;
        }
        try {
            String pid = Files.readString(Path.of(DATABASE_PID_FILE)).strip();
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // Fields after the command name (which may hold spaces, hence the last ')'): utime and stime are 14 and 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
