package id.jamsos.rentan.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time spent during a benchmark's clocked part, from Linux's {@code /proc}: this JVM (the server and the
 * benchmark's own clients), the PostgreSQL processes on this machine, and the whole machine's busy share.
 *
 * <p>Latencies on these two shared cores move by up to half between runs of the same code (the host's speed drifts);
 * the CPU a piece of work costs moves less, though a contended host inflates it too (an official's visit: 115 ms and
 * 164 ms of CPU an hour apart on the same code), so an A/B of a change reads both, in alternating runs
 * (docs/DEVELOPING.md).
 * A PostgreSQL backend that ends within the interval takes its CPU with it; the benchmarks' pooled connections live
 * through the run.
 */
final class HostCpu {
    /** Linux's clock ticks per second in {@code /proc} (USER_HZ, 100 on every Linux we run on). */
    private static final double TICKS_PER_S = 100.0;

    /**
     * One reading.
     *
     * @param jvmNanos this JVM's CPU time, ns
     * @param postgresTicks user + system ticks of all processes named {@code postgres}
     * @param busyTicks the machine's non-idle ticks, all cores
     * @param idleTicks the machine's idle and I/O-wait ticks, all cores
     */
    record Reading(long jvmNanos, long postgresTicks, long busyTicks, long idleTicks) {
    }

    /**
     * CPU between two readings.
     *
     * @param jvmSeconds this JVM's CPU seconds
     * @param postgresSeconds PostgreSQL's CPU seconds
     * @param busyPercent share of the machine's CPU (all cores) that was busy, 0-100
     */
    record Spent(double jvmSeconds, double postgresSeconds, double busyPercent) {
    }

    private HostCpu() {
    }

    /**
     * @return a reading now, or empty where there is no {@code /proc/stat} (not Linux)
     * @throws java.io.UncheckedIOException when {@code /proc} is there but cannot be read
     */
    static Optional<Reading> now() {
        if (!Files.isReadable(Path.of("/proc/stat"))) {
            return Optional.empty();
        }
        try {
            long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            long pg = 0;
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    pg += postgresTicks(p.resolve("stat"));
                }
            }
            List<String> cpu = List.of(Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+"));
            // cpu user nice system idle iowait irq softirq steal ...
            long idle = Long.parseLong(cpu.get(4)) + Long.parseLong(cpu.get(5));
            long busy = Long.parseLong(cpu.get(1)) + Long.parseLong(cpu.get(2)) + Long.parseLong(cpu.get(3))
                    + Long.parseLong(cpu.get(6)) + Long.parseLong(cpu.get(7)) + Long.parseLong(cpu.get(8));
            return Optional.of(new Reading(jvm, pg, busy, idle));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return the CPU spent from {@code before} to {@code after} */
    static Spent between(Reading before, Reading after) {
        long busy = after.busyTicks() - before.busyTicks();
        long idle = after.idleTicks() - before.idleTicks();
        return new Spent((after.jvmNanos() - before.jvmNanos()) / 1e9,
                (after.postgresTicks() - before.postgresTicks()) / TICKS_PER_S,
                busy + idle == 0 ? 0 : 100.0 * busy / (busy + idle));
    }

    /** utime + stime of a {@code postgres} process; 0 for any other process or one that has just ended. */
    private static long postgresTicks(Path stat) {
        String s;
        try {
            s = Files.readString(stat);
        } catch (IOException gone) {
            return 0;
        }
        int open = s.indexOf('(');
        int close = s.lastIndexOf(')');
        if (open < 0 || close < open || !s.substring(open + 1, close).equals("postgres")) {
            return 0;
        }
        // Fields after the command name: state is field 3; utime and stime are fields 14 and 15.
        String[] f = s.substring(close + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
