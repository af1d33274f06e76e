package org.ppay.sim.figures;

import java.util.ArrayList;
import java.util.List;
import org.ppay.sim.SimConfig;

/**
 * The runs of one configuration, one per seed of the sweep, and each metric as its mean with a 95% confidence
 * interval over them ({@link Interval}): what a figure plots at a point; and each metric on each seed
 * ({@link PerSeed}), from which a claim derives its quantity seed by seed.
 *
 * @param runs the runs, in seed order (at least one)
 */
public record Sample(List<RunMetrics> runs) {
    public Sample {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) throw new IllegalArgumentException("a sample needs a run");
    }

    /** The configuration, at the first seed. */
    public SimConfig config() { return runs.get(0).config(); }

    /** Metric {@code key}: its mean over the seeds and its interval (the value itself for one seed). */
    public Interval get(String key) { return perSeed(key).interval(); }

    /**
     * Metric {@code key} on each seed, in the sweep's seed order: the operand of a claim's per-seed arithmetic,
     * where seed i of one configuration meets seed i of another.
     */
    public PerSeed perSeed(String key) {
        List<Double> values = new ArrayList<>(runs.size());
        for (RunMetrics r : runs) values.add(r.get(key));
        return PerSeed.of(values);
    }

    /** One made-up run holding every metric's mean: the point estimates alone, with no interval. */
    public Sample atMeans() {
        if (runs.size() == 1) return this;
        java.util.Map<String, Double> means = new java.util.LinkedHashMap<>();
        for (String k : RunMetrics.KEYS) means.put(k, get(k).mean());
        return new Sample(List.of(new RunMetrics(config(), means, 0)));
    }

    /** As {@link #get(String)}, for a plotted metric. */
    public Interval of(Metric m) { return get(m.key()); }
}
