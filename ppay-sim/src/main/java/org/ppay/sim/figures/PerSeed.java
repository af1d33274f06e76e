package org.ppay.sim.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * A quantity on each seed of a sweep: K values, value i from the runs on the sweep's i-th seed. Arithmetic is
 * element-wise, seed i with seed i: a sweep runs every configuration on the same K seeds (common random numbers),
 * so a quantity derived from several configurations (a ratio, a share, a difference, a spread over x values) is
 * itself one value per seed, and {@link #interval()} gives its mean with the 95% Student-t interval over those K
 * values, the paired analysis. That interval accounts for the operands' correlation across seeds, which
 * {@link Interval} arithmetic on the operands' own intervals cannot: two loads that rise and fall together from
 * seed to seed have a steady ratio, though each has a wide interval.
 *
 * <p>Operands must have the same number of seeds; a constant applies to every seed alike.
 */
public final class PerSeed {
    private final double[] values;

    private PerSeed(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("no seeds");
        this.values = values;
    }

    /** The values on seeds 0, 1, …, K − 1 of the sweep, in that order (at least one). */
    public static PerSeed of(double... values) { return new PerSeed(values.clone()); }

    /** The values in {@code values}, in seed order (at least one). */
    public static PerSeed of(List<Double> values) {
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) v[i] = values.get(i);
        return new PerSeed(v);
    }

    /** The same value {@code c} on each of {@code seeds} seeds. */
    public static PerSeed constant(double c, int seeds) {
        double[] v = new double[seeds];
        Arrays.fill(v, c);
        return new PerSeed(v);
    }

    /** K, the number of seeds. */
    public int seeds() { return values.length; }

    /** The value on the sweep's {@code i}-th seed. */
    public double get(int i) { return values[i]; }

    /** The values, in seed order. */
    public List<Double> values() {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) out.add(v);
        return out;
    }

    /**
     * The mean of the per-seed values and its 95% Student-t interval over them ({@link Interval#of}); with one
     * seed, the value itself.
     */
    public Interval interval() { return Interval.of(values()); }

    public PerSeed plus(PerSeed o) { return zip(o, Double::sum); }

    public PerSeed minus(PerSeed o) { return zip(o, (a, b) -> a - b); }

    public PerSeed times(PerSeed o) { return zip(o, (a, b) -> a * b); }

    public PerSeed div(PerSeed o) { return zip(o, (a, b) -> a / b); }

    public PerSeed plus(double c) { return map(a -> a + c); }

    public PerSeed minus(double c) { return map(a -> a - c); }

    public PerSeed times(double c) { return map(a -> a * c); }

    public PerSeed div(double c) { return map(a -> a / c); }

    public PerSeed abs() { return map(Math::abs); }

    /** {@code f} applied on each seed. */
    public PerSeed map(DoubleUnaryOperator f) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) v[i] = f.applyAsDouble(values[i]);
        return new PerSeed(v);
    }

    /** {@code f} applied to this and {@code o} seed by seed; both must have the same seeds. */
    public PerSeed zip(PerSeed o, DoubleBinaryOperator f) {
        if (o.values.length != values.length) {
            throw new IllegalArgumentException("seed counts differ: " + values.length + " and " + o.values.length);
        }
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) v[i] = f.applyAsDouble(values[i], o.values[i]);
        return new PerSeed(v);
    }

    /** On each seed, the largest of {@code qs}' values on that seed (at least one quantity). */
    public static PerSeed max(List<PerSeed> qs) { return fold(qs, Math::max); }

    /** On each seed, the smallest of {@code qs}' values on that seed (at least one quantity). */
    public static PerSeed min(List<PerSeed> qs) { return fold(qs, Math::min); }

    /** On each seed, the sum of {@code qs}' values on that seed, added in list order (at least one quantity). */
    public static PerSeed sum(List<PerSeed> qs) { return fold(qs, Double::sum); }

    private static PerSeed fold(List<PerSeed> qs, DoubleBinaryOperator f) {
        if (qs.isEmpty()) throw new IllegalArgumentException("no quantities");
        PerSeed out = qs.get(0);
        for (PerSeed q : qs.subList(1, qs.size())) out = out.zip(q, f);
        return out;
    }

    @Override
    public boolean equals(Object o) { return o instanceof PerSeed p && Arrays.equals(values, p.values); }

    @Override
    public int hashCode() { return Arrays.hashCode(values); }

    @Override
    public String toString() { return Arrays.toString(values); }
}
