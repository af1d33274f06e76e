package org.ppay.sim.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.ppay.core.role.ProofRetention;
import org.ppay.sim.SimConfig;
import org.ppay.sim.cost.CostModel;
import org.ppay.sim.cost.CostModels;
import org.ppay.sim.SimResult;
import org.ppay.sim.Simulator;
import org.ppay.sim.engine.Engine;
import org.ppay.sim.fast.FastSimulator;

/**
 * How the simulator scales with network size, on each engine: for each size and engine, one run with the Table 1
 * defaults except Network Size and a short duration, timed on the wall clock, then the heap the finished simulator
 * still holds. Both engines run the same configuration in the same process, so their ratio is the figure to quote. It is a tool, not a test: timings depend on the machine and on what else runs, so nothing is
 * asserted; ratios between sizes come from the same process and are the figures to compare.
 *
 * <p>Figures per size: simulated events (churn toggles, queries, daily upkeep, hourly samples, as counted
 * by {@link SimResult#events()}), events per wall second of {@link Simulator#run()} (which includes the
 * final cash-out), the set-up time (keys, limit certificates, pong caches), and the heap in use after the run
 * and a full {@code System.gc()} with the simulator and its result still reachable, in total and per peer
 * above the heap in use before the simulator was built. After the run every peer has cashed its coins, so
 * this is the simulator's resident state without wallets, not its peak. It grows with the simulated time as
 * well as with the peers (owners keep their proofs until the Renewal Wait lets them purge, and every
 * payer-payee pair keeps a Payword account): about 40 KB per peer after 0.1 days, 80 KB after 0.25, 260 KB
 * after one day (measured on a 2-core machine), so 10^5 peers need --days 0.1 or a heap above the default.
 *
 * <p>Before measuring, short runs (1000 peers, 0.05 days) on each engine for about ten seconds warm up the JIT,
 * so that the first size is not charged for compilation (without it the first of three identical runs measured
 * half the rate of the third).
 */
public final class SimBench {
    /**
     * Simulated days per run when none is given: 6 hours. The work per event grows with simulated time as
     * coins, proofs and accounts accumulate (1000 peers: about 24k events/s over 0.1 days, 19k over 0.25, 15k
     * over 1 day), so only runs of equal length compare; 0.25 days keeps 10^4 peers under a minute.
     */
    public static final double DEFAULT_DAYS = 0.25;
    /** Network sizes measured when none are given. */
    public static final List<Integer> DEFAULT_PEERS = List.of(1_000, 10_000);
    /** Engines measured when none are given: both, for their ratio. */
    public static final List<Engine> DEFAULT_ENGINES = List.of(Engine.FAST, Engine.CORE);

    /** Warm-up: runs of 1000 peers for 0.05 days, at least two, until this much wall time has passed. */
    private static final long WARM_UP_NANOS = 10_000_000_000L;

    /** Keeps results reachable while the heap is measured, and beyond, so the JIT cannot drop them. */
    private static volatile Object sink;

    private SimBench() {}

    /** One measured size on one engine; {@code events} is -1 when the run ran out of memory. */
    public record Row(Engine engine, int peers, double days, long events, double setupSeconds, double runSeconds, long heapUsedBytes,
                      long heapBaselineBytes, long protocolErrors, long probes, double brokerHz, double peerHz) {
        public double eventsPerSecond() { return events / runSeconds; }

        /** Picopaid probes per wall second: the simulator's unit of work (every probe runs the credit window). */
        public double probesPerSecond() { return probes / runSeconds; }

        public double bytesPerPeer() { return (double) (heapUsedBytes - heapBaselineBytes) / peers; }
    }

    public static void main(String[] args) {
        System.out.print(run(DEFAULT_PEERS, DEFAULT_DAYS, ProofRetention.COUNT, DEFAULT_ENGINES, System.err::println));
    }

    /**
     * Measures every size in {@code peers} (in the order given) on every engine for {@code days} simulated days
     * and returns a plain-text table; {@code log} hears one line as each run starts and ends.
     */
    public static String run(List<Integer> peers, double days, ProofRetention proofs, List<Engine> engines, Consumer<String> log) {
        return run(peers, days, proofs, engines, log, null);
    }

    /**
     * As {@link #run(List, double, ProofRetention, List, Consumer)}, reporting every measured run's progress
     * (simulated seconds, events) to {@code progress} as {@link Simulator#run(BiConsumer)} does; null for none.
     */
    public static String run(List<Integer> peers, double days, ProofRetention proofs, List<Engine> engines, Consumer<String> log,
                             BiConsumer<Double, Long> progress) {
        if (peers.isEmpty()) throw new IllegalArgumentException("give at least one network size");
        if (engines.isEmpty()) throw new IllegalArgumentException("give at least one engine");
        for (int n : peers) config(n, days);            // validates every size and the run length before any work
        if (proofs == ProofRetention.KEEP && engines.contains(Engine.FAST)) throw new IllegalArgumentException("--proofs keep needs the core engine alone");
        log.accept("bench sim: warming up (1000 peers, 0.05 days, for about " + WARM_UP_NANOS / 1_000_000_000L + " s)");
        warmUp(engines, proofs);
        List<Row> rows = new ArrayList<>();
        for (int n : peers) {
            for (Engine e : engines) {
                log.accept(String.format(Locale.ROOT, "bench sim: %d peers, %s days, %s engine ...", n, fmtDays(days), name(e)));
                Row r;
                try {
                    r = measure(e, n, days, proofs, progress);
                } catch (OutOfMemoryError oom) {
                    sink = null;
                    log.accept(String.format(Locale.ROOT, "bench sim: %d peers: out of memory (max heap %d MB); give the JVM more heap, e.g. PPAY_JAVA_OPTS=\"-XX:+UseParallelGC -Xmx16g\", --proofs count, or fewer --days",
                        n, Runtime.getRuntime().maxMemory() >> 20));
                    rows.add(new Row(e, n, days, -1, 0, 0, 0, 0, 0, 0, 0, 0));
                    continue;
                }
                rows.add(r);
                log.accept(String.format(Locale.ROOT, "bench sim: %d peers, %s engine: %d events in %.1f s (set-up %.1f s)", n, name(e), r.events(),
                    r.runSeconds(), r.setupSeconds()));
            }
        }
        return format(rows, proofs);
    }

    private static String name(Engine e) { return e.name().toLowerCase(Locale.ROOT); }

    /** Its own frame, so that nothing of the warm-up runs stays reachable from the measuring method's locals. */
    private static void warmUp(List<Engine> engines, ProofRetention proofs) {
        long start = System.nanoTime();
        for (int i = 0; i < 2 || System.nanoTime() - start < WARM_UP_NANOS; i++) {
            for (Engine e : engines) sink = e.run(config(1_000, 0.05), proofs, null).events();
        }
    }

    /** Table 1 defaults with {@code peers} peers (the pong cache shrunk only for networks smaller than it) for {@code days} days. */
    public static SimConfig config(int peers, double days) {
        return SimConfig.builder().peers(peers).cacheSize(Math.min(SimConfig.defaults().cacheSize(), peers - 1)).days(days).build();
    }

    /** One size on one engine: baseline heap, set-up, run, heap with the simulator still reachable. */
    public static Row measure(Engine engine, int peers, double days, ProofRetention proofs) { return measure(engine, peers, days, proofs, null); }

    /** As {@link #measure(Engine, int, double, ProofRetention)}, reporting the run's progress as {@link Simulator#run(BiConsumer)} does. */
    public static Row measure(Engine engine, int peers, double days, ProofRetention proofs, BiConsumer<Double, Long> progress) {
        sink = null;
        long baseline = heapAfterGc();
        long t0 = System.nanoTime();
        Object sim;
        java.util.function.Function<BiConsumer<Double, Long>, SimResult> run;
        if (engine == Engine.FAST) {
            FastSimulator f = new FastSimulator(config(peers, days));
            sim = f;
            run = f::run;
        } else {
            Simulator c = new Simulator(config(peers, days), proofs);
            sim = c;
            run = c::run;
        }
        long t1 = System.nanoTime();
        SimResult r = run.apply(progress);
        long t2 = System.nanoTime();
        long used = heapAfterGc();
        sink = r;
        java.lang.ref.Reference.reachabilityFence(sim);
        CostModel m = CostModels.paperEra();
        return new Row(engine, peers, days, r.events(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, used, baseline, r.protocolErrors(),
            r.count("probes"), r.hz(true, m), r.hz(false, m));
    }

    /**
     * Heap in use after full collections: several rounds with pauses, so that objects freed only once
     * finalizers and reference handlers have run are gone too; the least of the rounds.
     */
    @SuppressWarnings("removal")
    static long heapAfterGc() {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            System.runFinalization();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            best = Math.min(best, mem.getHeapMemoryUsage().getUsed());
        }
        return best;
    }

    static String format(List<Row> rows, ProofRetention proofs) {
        StringBuilder b = new StringBuilder();
        Runtime rt = Runtime.getRuntime();
        List<String> gcs = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) gcs.add(gc.getName());
        b.append(String.format(Locale.ROOT, "PPay simulator bench: Table 1 defaults (PPay, Payword x=10, cache 100), seed 1, single thread, proofs %s;%n", proofs.name().toLowerCase(Locale.ROOT)));
        b.append(String.format(Locale.ROOT, "Java %s, max heap %d MB, GC %s; heap measured after System.gc() with the finished simulator reachable%n",
            System.getProperty("java.version"), rt.maxMemory() >> 20, String.join("/", gcs)));
        b.append(String.format(Locale.ROOT, "%6s %9s %6s %12s %11s %11s %9s %9s %10s %9s %10s %8s %12s %12s%n",
            "engine", "peers", "days", "events", "events/s", "probes/s", "setup s", "run s", "heap MB", "base MB", "B/peer", "errors",
            "broker Hz", "peer Hz"));
        for (Row r : rows) {
            if (r.events() < 0) {
                b.append(String.format(Locale.ROOT, "%6s %9d %6s   out of memory%n", name(r.engine()), r.peers(), fmtDays(r.days())));
                continue;
            }
            b.append(String.format(Locale.ROOT, "%6s %9d %6s %12d %11.0f %11.0f %9.1f %9.1f %10.1f %9.1f %10.0f %8d %12.4g %12.4g%n",
                name(r.engine()), r.peers(), fmtDays(r.days()), r.events(), r.eventsPerSecond(), r.probesPerSecond(), r.setupSeconds(), r.runSeconds(),
                r.heapUsedBytes() / 1048576.0, r.heapBaselineBytes() / 1048576.0, r.bytesPerPeer(), r.protocolErrors(), r.brokerHz(), r.peerHz()));
        }
        engineRatios(b, rows);
        for (Engine e : Engine.values()) sizeRatios(b, rows.stream().filter(r -> r.events() >= 0 && r.engine() == e).toList());
        return b.toString();
    }

    /** Fast against core on the same configuration, where both ran: the speed-up, and the heap per peer. */
    private static void engineRatios(StringBuilder b, List<Row> rows) {
        StringBuilder line = new StringBuilder();
        for (Row f : rows) {
            if (f.engine() != Engine.FAST || f.events() < 0) continue;
            for (Row c : rows) {
                if (c.engine() != Engine.CORE || c.events() < 0 || c.peers() != f.peers()) continue;
                line.append(String.format(Locale.ROOT, "  %d peers: events/s %.1fx, heap per peer %.2fx%s", f.peers(), f.eventsPerSecond() / c.eventsPerSecond(),
                    f.bytesPerPeer() / c.bytesPerPeer(), f.events() == c.events() ? "" : " (event counts differ!)"));
            }
        }
        if (line.length() > 0) b.append("fast vs core engine (same configuration, same process):").append(line).append(System.lineSeparator());
    }

    /** One engine's figures between network sizes. */
    private static void sizeRatios(StringBuilder b, List<Row> done) {
        if (done.size() > 1) {
            b.append(name(done.get(0).engine())).append(' ');
            b.append("events/s ratios (same process):");
            for (int i = 1; i < done.size(); i++) {
                Row a = done.get(i - 1), c = done.get(i);
                b.append(String.format(Locale.ROOT, "  %d vs %d peers: %.2fx", c.peers(), a.peers(), c.eventsPerSecond() / a.eventsPerSecond()));
            }
            if (done.size() > 2) {
                Row a = done.get(0), c = done.get(done.size() - 1);
                b.append(String.format(Locale.ROOT, "  %d vs %d peers: %.2fx", c.peers(), a.peers(), c.eventsPerSecond() / a.eventsPerSecond()));
            }
            b.append(System.lineSeparator()).append(name(done.get(0).engine())).append(" load per peer and broker load (scaling, paper Section 6.2):");
            for (int i = 1; i < done.size(); i++) {
                Row a = done.get(i - 1), c = done.get(i);
                b.append(String.format(Locale.ROOT, "  %d vs %d peers: peer Hz %.3fx, broker Hz %.3fx (network %.1fx)", c.peers(), a.peers(),
                    c.peerHz() / a.peerHz(), c.brokerHz() / a.brokerHz(), (double) c.peers() / a.peers()));
            }
            b.append(System.lineSeparator());
        }
    }

    private static String fmtDays(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
