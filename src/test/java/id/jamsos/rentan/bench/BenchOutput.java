package id.jamsos.rentan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What every benchmark prints: {@code BENCH name=... key=value ...} lines on stdout, each also appended to
 * {@code target/bench-results.txt} (the file collects the lines of every bench run until {@code mvn clean}); plus
 * the small statistics the benchmarks share (percentiles of latencies in milliseconds, peak heap in MiB).
 */
final class BenchOutput {
    private BenchOutput() {
    }

    /** Prints one line and appends it to {@code target/bench-results.txt}. */
    static synchronized void emit(String line) {
        System.out.println(line);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "bench-results.txt"), line + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #emit} of a formatted line ({@link String#format}, English number format). */
    static void emitf(String format, Object... args) {
        emit(String.format(java.util.Locale.ROOT, format, args));
    }

    /**
     * The nearest-rank percentile of latencies.
     *
     * @param nanos latencies in nanoseconds, not empty
     * @param p     0 &lt; p &le; 100
     * @return that percentile in milliseconds
     */
    static double percentileMs(Collection<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    /** The largest latency in milliseconds. */
    static double maxMs(Collection<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).max().orElseThrow() / 1e6;
    }

    /** Peak heap used by this JVM so far, in MiB (sum of the heap pools' peaks). */
    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
