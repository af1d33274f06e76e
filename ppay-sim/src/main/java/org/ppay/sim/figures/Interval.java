package org.ppay.sim.figures;

import java.util.List;

/**
 * An estimate with its 95% confidence interval: the mean over a sweep's seeds and bounds {@code lo ≤ hi}.
 * With one seed the interval is the point itself ({@code lo = mean = hi}), so a one-seed sweep decides every
 * claim exactly as it always did.
 *
 * <p>The claims derive their quantities seed by seed ({@link PerSeed}) and take the interval of the per-seed
 * results. The arithmetic here is interval arithmetic, the widest result the operation can produce from any
 * values within the operands' intervals: it contains every value the derived quantity could take, but ignores
 * that the operands come from the same seeds, so it is far wider than the paired per-seed interval when they are
 * correlated (kept for comparison; the claims no longer use it).
 *
 * @param mean the estimate
 * @param lo   the lower bound
 * @param hi   the upper bound
 */
public record Interval(double mean, double lo, double hi) {
    /** The confidence level of every interval. */
    public static final double LEVEL = 0.95;

    public Interval {
        if (lo > hi) throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
    }

    /** An exact value: one seed, or a constant. */
    public static Interval point(double v) { return new Interval(v, v, v); }

    /**
     * The mean of {@code values} with its 95% Student-t interval, mean ± t(0.975, n − 1) · s / √n (s the sample
     * standard deviation); a single value is its own interval.
     */
    public static Interval of(List<Double> values) {
        int n = values.size();
        if (n == 0) throw new IllegalArgumentException("no values");
        double sum = 0;
        for (double v : values) sum += v;
        double mean = sum / n;
        if (n == 1) return point(values.get(0));
        double ss = 0;
        for (double v : values) ss += (v - mean) * (v - mean);
        double half = StudentT.quantile(1 - (1 - LEVEL) / 2, n - 1) * Math.sqrt(ss / (n - 1) / n);
        return new Interval(mean, mean - half, mean + half);
    }

    /** Whether the interval is a single value (one seed, or no spread across seeds). */
    public boolean exact() { return lo == hi; }

    public Interval plus(Interval o) { return new Interval(mean + o.mean, lo + o.lo, hi + o.hi); }

    public Interval minus(Interval o) { return new Interval(mean - o.mean, lo - o.hi, hi - o.lo); }

    public Interval minus(double c) { return minus(point(c)); }

    public Interval times(Interval o) {
        double a = lo * o.lo, b = lo * o.hi, c = hi * o.lo, d = hi * o.hi;
        return new Interval(mean * o.mean, Math.min(Math.min(a, b), Math.min(c, d)), Math.max(Math.max(a, b), Math.max(c, d)));
    }

    public Interval times(double c) { return times(point(c)); }

    /**
     * The quotient: the extremes of the bounds' quotients; a divisor interval that straddles 0 makes it
     * unbounded (nothing can then be claimed from it).
     */
    public Interval div(Interval o) {
        if (o.lo < 0 && o.hi > 0 || !o.exact() && (o.lo == 0 || o.hi == 0)) {
            return new Interval(mean / o.mean, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        double a = lo / o.lo, b = lo / o.hi, c = hi / o.lo, d = hi / o.hi;
        return new Interval(mean / o.mean, Math.min(Math.min(a, b), Math.min(c, d)), Math.max(Math.max(a, b), Math.max(c, d)));
    }

    public Interval div(double c) { return div(point(c)); }

    public Interval abs() {
        if (lo >= 0) return this;
        if (hi <= 0) return new Interval(-mean, -hi, -lo);
        return new Interval(Math.abs(mean), 0, Math.max(-lo, hi));
    }

    /** The larger of two quantities: at least the larger lower bound, at most the larger upper bound. */
    public static Interval max(Interval a, Interval b) { return new Interval(Math.max(a.mean, b.mean), Math.max(a.lo, b.lo), Math.max(a.hi, b.hi)); }

    public static Interval min(Interval a, Interval b) { return new Interval(Math.min(a.mean, b.mean), Math.min(a.lo, b.lo), Math.min(a.hi, b.hi)); }

    /** Every value above {@code x}. */
    public boolean above(double x) { return lo > x; }

    /** Every value at least {@code x}. */
    public boolean atLeast(double x) { return lo >= x; }

    /** Every value below {@code x}. */
    public boolean below(double x) { return hi < x; }

    /** Every value at most {@code x}. */
    public boolean atMost(double x) { return hi <= x; }

    /** Every value within [{@code a}, {@code b}]. */
    public boolean within(double a, double b) { return lo >= a && hi <= b; }
}
