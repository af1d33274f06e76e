package org.ppay.sim.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.ppay.sim.SimConfig;
import org.ppay.sim.SimResult;

/**
 * Runs every configuration a set of figures needs, once per seed of the sweep (figures that share a
 * configuration share its runs, e.g. Figures 1 and 2), on a fixed pool of worker threads. Every run (on either
 * engine) is independent, single-threaded and deterministic by seed, and results are filed by configuration
 * (seed included), so the outcome does not depend on the number of threads or on the order in which runs finish.
 */
public final class Sweep {
    private Sweep() {}

    /** What a sweep produced: the settings, the figures and one {@link RunMetrics} per run (distinct configuration and seed). */
    public record Result(SweepSettings settings, List<FigureSpec> figures, Map<SimConfig, RunMetrics> runs, double wallSeconds) {
        public Result {
            figures = List.copyOf(figures);
            runs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(runs));
        }

        /** The runs behind a point of a figure in this sweep, one per seed. */
        public Sample sample(FigureSpec f, FigureSpec.Point p) {
            Sample s = sample(f.config(settings.base(), p));
            if (s == null) throw new IllegalStateException("figure " + f.id() + " point " + p + " was not run on every seed");
            return s;
        }

        /** The runs of configuration {@code c} (any seed: the sweep's seeds replace it), or null when the sweep did not run it. */
        public Sample sample(SimConfig c) {
            List<RunMetrics> out = new ArrayList<>();
            for (int i = 0; i < settings.seeds(); i++) {
                RunMetrics r = runs.get(withSeed(c, settings.seedOf(i)));
                if (r == null) return null;
                out.add(r);
            }
            return new Sample(out);
        }
    }

    /**
     * Every run of {@code figures}: their distinct configurations in order of first appearance, then Section 7.1's
     * worst case when the claims need it ({@link Claims#worstCase}), each once per seed of {@code s} (seeds
     * consecutive), with a label for progress lines.
     */
    public static Map<SimConfig, String> plan(List<FigureSpec> figures, SweepSettings s) {
        Map<SimConfig, String> configs = new LinkedHashMap<>();
        for (FigureSpec f : figures) {
            for (FigureSpec.Point p : f.points(s.quick())) configs.putIfAbsent(f.config(s.base(), p), label(f, p));
        }
        // the one run a claim needs that no figure plots, after the figures' runs (Claims#worstCase)
        Claims.worstCase(figures, s).ifPresent(c -> configs.putIfAbsent(c, Claims.WORST_CASE_LABEL));
        if (s.seeds() == 1) return configs;
        Map<SimConfig, String> out = new LinkedHashMap<>();
        configs.forEach((c, label) -> {
            for (int i = 0; i < s.seeds(); i++) out.put(withSeed(c, s.seedOf(i)), label + " seed " + s.seedOf(i));
        });
        return out;
    }

    /** {@code c} on seed {@code seed}. */
    static SimConfig withSeed(SimConfig c, long seed) { return c.seed() == seed ? c : c.toBuilder().seed(seed).build(); }

    static String label(FigureSpec f, FigureSpec.Point p) {
        StringBuilder b = new StringBuilder("fig").append(f.id()).append(' ');
        b.append(f.x().shortName()).append('=').append(f.x().format(p.x()));
        if (f.series() != null) b.append(' ').append(f.series().shortName()).append('=').append(f.series().format(p.series()));
        return b.toString();
    }

    /**
     * Runs all of {@code figures}' configurations, once per seed, on {@code s.threads()} threads, reporting one line
     * per finished run ({@code [done/total]}, total counting every seed) to {@code progress} (from the calling thread).
     */
    public static Result run(List<FigureSpec> figures, SweepSettings s, Consumer<String> progress) throws InterruptedException {
        long start = System.nanoTime();
        Map<SimConfig, String> plan = plan(figures, s);
        List<SimConfig> configs = new ArrayList<>(plan.keySet());
        // Longest runs first (more simulated peer-days online), so the pool does not end on one straggler.
        List<SimConfig> order = new ArrayList<>(configs);
        order.sort(Comparator.comparingDouble(Sweep::estimatedCost).reversed());
        Map<SimConfig, RunMetrics> done = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(s.threads(), Math.max(1, configs.size())), r -> {
            Thread t = new Thread(r, "ppay-figures");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<RunMetrics> cs = new ExecutorCompletionService<>(pool);
            List<Future<RunMetrics>> futures = new ArrayList<>();
            for (SimConfig c : order) {
                futures.add(cs.submit(() -> {
                    SimResult r = s.engine().run(c, s.proofs(), null);
                    return RunMetrics.of(r, s.costs());
                }));
            }
            for (int i = 1; i <= order.size(); i++) {
                RunMetrics m;
                try {
                    m = cs.take().get();
                } catch (ExecutionException e) {
                    for (Future<RunMetrics> f : futures) f.cancel(true);
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) throw re;
                    if (cause instanceof Error err) throw err;
                    throw new IllegalStateException(cause);
                }
                done.put(m.config(), m);
                if (progress != null) {
                    progress.accept(String.format(Locale.ROOT, "[%" + digits(order.size()) + "d/%d] %6.1f s  %s  broker %.3g Hz, peer %.3g Hz",
                        i, order.size(), m.wallSeconds(), plan.get(m.config()), m.get("broker_hz"), m.get("peer_hz")));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Map<SimConfig, RunMetrics> inPlanOrder = new LinkedHashMap<>();
        for (SimConfig c : configs) inPlanOrder.put(c, done.get(c));
        return new Result(s, figures, inPlanOrder, (System.nanoTime() - start) / 1e9);
    }

    /** A rough relative cost for scheduling only: peer-days online times probes per query. */
    static double estimatedCost(SimConfig c) {
        return c.peers() * c.days() * c.cacheSize() / Math.sqrt(c.downtimeMultiplier());
    }

    private static int digits(int n) { return Integer.toString(n).length(); }
}
