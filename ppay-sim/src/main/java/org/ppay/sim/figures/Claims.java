package org.ppay.sim.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ppay.core.role.Scheme;
import org.ppay.sim.CoinUses;
import org.ppay.sim.SimConfig;

/**
 * Every quantitative claim of Section 7, each with the paper's value, a rule that decides from our numbers
 * whether the paper's qualitative conclusion holds, and the code that applies the rule to a sweep. Rules are
 * fixed here, in advance, with round thresholds ("at least 2×", "within 20%"); no verdict is hard-coded and
 * nothing is tuned to the paper. A claim whose runs are not in the sweep is "n/a".
 *
 * <p>Every number a rule judges is computed <em>per seed</em> ({@link PerSeed}) and then read as an
 * {@link Interval}: the mean over the sweep's K seeds of the per-seed values, with the 95% Student-t interval over
 * them (with one seed, the value itself, and the rules decide as on plain numbers). The sweep runs every
 * configuration on the same K seeds (common random numbers), so a quantity that combines several configurations
 * (a ratio, a share, an overhead, a difference, a spread over x values) is computed on seed i from the runs on seed
 * i alone, giving K values of the quantity itself: the paired analysis. The runs of one seed share their random
 * streams and rise or fall together (more activity, more load everywhere); their ratio or difference varies far
 * less from seed to seed than either operand, and the per-seed interval keeps that. Deriving the quantity's
 * interval from its operands' intervals (interval arithmetic, lo(a)/hi(b) to hi(a)/lo(b)) ignores the
 * correlation and pairs one seed's high with another seed's low, which makes it far too wide to decide anything
 * with a few seeds. A claim holds only if its rule holds for the whole interval of its quantity:
 * <ul>
 *   <li>a bound, "q ≥ c", "q &lt; c": the whole interval of q is on the claimed side of c (lo(q) ≥ c, hi(q) &lt; c);
 *   <li>a band, "a ≤ q ≤ b": the interval of q lies within the band;
 *   <li>a derived quantity (ratio, share, overhead (p − g)/g, distance from 1, spread (max − min)/mean over the x
 *       values): computed on each seed (the spread from that seed's own max, min and mean), then the bound or band
 *       rule applies to its interval;
 *   <li>an ordering, "a &lt; b" by more than {@link #MARGIN}: on each seed the relative difference less the margin,
 *       (b − 1.05 · a)/|a| (that is, (b − a)/a − 0.05 for positive a), and its whole interval above 0;
 *       "b ≥ 2 × a" and "within a factor of 2" the same way with the factor ({@link #excess});
 *   <li>"= 0": the interval is exactly 0 (every seed gave 0);
 *   <li>"at every x" and "for every cap": the rule holds at each of them.
 * </ul>
 * {@link Lookup} with {@code meansOnly} applies the same rules to the metrics' means instead (one made-up seed):
 * the verdict on the point estimates alone, reported next to the verdict.
 */
public final class Claims {
    private Claims() {}

    /** The verdict of one claim. */
    public enum Verdict {
        HOLDS("holds"), FAILS("does not hold"), NOT_AVAILABLE("n/a");

        private final String text;

        Verdict(String text) { this.text = text; }

        public String text() { return text; }
    }

    /** Our side of one claim: the numbers and the verdict. */
    public record Outcome(String ours, Verdict verdict) {
        static Outcome of(String ours, boolean holds) { return new Outcome(ours, holds ? Verdict.HOLDS : Verdict.FAILS); }
    }

    /**
     * One claim of Section 7.
     *
     * @param where  figure or section, and the setting, e.g. "Fig. 1, DM = 1"
     * @param claim  what the paper concludes
     * @param paper  the paper's numbers
     * @param rule   how our numbers decide the verdict
     */
    public record Claim(String where, String claim, String paper, String rule, Function<Lookup, Outcome> eval) {
        public Outcome evaluate(Lookup l) {
            try {
                return eval.apply(l);
            } catch (Missing m) {
                return new Outcome("not in this sweep (" + m.getMessage() + ")", Verdict.NOT_AVAILABLE);
            }
        }
    }

    /** Thrown when a claim needs a run the sweep did not make. */
    static final class Missing extends RuntimeException {
        Missing(String what) { super(what, null, false, false); }
    }

    /** The runs of a sweep, found by figure and by the x and series values the paper names. */
    public static final class Lookup {
        private final Sweep.Result result;
        private final boolean meansOnly;

        public Lookup(Sweep.Result result) { this(result, false); }

        /**
         * With {@code meansOnly}, every number is its mean over the seeds without its interval: what a claim's
         * verdict would be on the point estimates alone (reported next to the verdict, never instead of it).
         */
        public Lookup(Sweep.Result result, boolean meansOnly) {
            this.result = result;
            this.meansOnly = meansOnly;
        }

        FigureSpec figure(int id) {
            for (FigureSpec f : result.figures()) if (f.id() == id) return f;
            throw new Missing("Figure " + id + " not run");
        }

        /** The runs of figure {@code id} at x value {@code x} and series value {@code s} (null for figures without series). */
        Sample at(int id, Object x, Object s) {
            FigureSpec f = figure(id);
            for (FigureSpec.Point p : f.points(result.settings().quick())) {
                if (f.x().format(p.x()).equals(f.x().format(x))
                        && (f.series() == null || f.series().format(p.series()).equals(f.series().format(s)))) {
                    Sample sample = result.sample(f, p);
                    return meansOnly ? sample.atMeans() : sample;
                }
            }
            throw new Missing("Figure " + id + " has no run at " + f.x().shortName() + " = " + f.x().format(x)
                + (f.series() == null ? "" : ", " + f.series().shortName() + " = " + f.series().format(s)));
        }

        /** The runs of Section 7.1's worst case ({@link Claims#worstCase}): PPay with every coin used once. */
        Sample worstCase() {
            SimConfig c = Claims.worstCase(result.figures(), result.settings())
                .orElseThrow(() -> new Missing("Figure 1 has no RM run at DM = 1 to compare the worst case with"));
            Sample sample = result.sample(c);
            if (sample == null) throw new Missing("the worst case (coins used once) was not run");
            return meansOnly ? sample.atMeans() : sample;
        }

        /** The x values of figure {@code id} in this sweep, in order; at least {@code atLeast} of them. */
        List<Object> xs(int id, int atLeast) {
            List<Object> xs = figure(id).xValues(result.settings().quick());
            if (xs.size() < atLeast) throw new Missing("Figure " + id + " has fewer than " + atLeast + " x values");
            return xs;
        }

        /** The series values of figure {@code id} in this sweep. */
        List<Object> series(int id) { return figure(id).seriesValues(result.settings().quick()); }
    }

    /**
     * Figure 7's load: the peers' load without GUESS work. The paper's ×38 at window 100 cannot include it: there PPay's
     * processing is 13% of GUESS's (Section 7.2.2), so whole loads would differ by at most about ×1.13.
     */
    static final String FIG7 = Metric.PEER_HZ_WITHOUT_GUESS.key();

    /** Threshold for "much heavier", "far outperform", "greatly affects": a factor of at least 2. */
    static final double FACTOR = 2.0;
    /** Threshold for "barely affected", "very little effect", "do not significantly degrade": a spread within 20%. */
    static final double SMALL = 0.20;
    /**
     * An ordering "a < b" counts only if b exceeds a by more than 5%: with one seed per configuration smaller
     * differences are not told apart from noise (with several, the intervals must be apart by the margin as well).
     */
    static final double MARGIN = 0.05;

    /**
     * On each seed, by how much b exceeds f · a, relative to a: (b − f · a) / |a|, which for positive a is b/a − f
     * (0 where b = f · a, ±∞ where a = 0 and b is not). Its sign is that of b − f · a whatever the sign of a, so
     * with one seed "excess &gt; 0" decides exactly as f · a &lt; b. Relative, so that seeds of more and of less
     * activity (whose loads all scale up or down together) weigh alike.
     */
    static PerSeed excess(PerSeed b, PerSeed a, double f) {
        return b.zip(a, (y, x) -> {
            double d = y - f * x;
            return d == 0 ? 0 : d / Math.abs(x);
        });
    }

    /**
     * a &lt; b by more than {@link #MARGIN}, paired: on each seed the relative difference (b − a)/a less the margin,
     * {@link #excess excess}(b, a, 1 + margin), and its whole interval above 0. With one seed, exactly
     * (1 + margin) · a &lt; b.
     */
    static boolean less(PerSeed a, PerSeed b) { return excess(b, a, 1 + MARGIN).interval().above(0); }

    /** a &lt; b by more than {@link #MARGIN}, for a constant a. */
    static boolean less(double a, PerSeed b) { return less(PerSeed.constant(a, b.seeds()), b); }

    /** How the worst-case run is named in progress lines. */
    public static final String WORST_CASE_LABEL = "§7.1 worst case: PPay, coins used once, DM=1";

    /**
     * Section 7.1's worst case, the one run a claim needs that no figure plots: "the worst-case scenario for PPay is the
     * extreme case in which each coin is used exactly once before being cashed", compared with RM. It is Figure 1's
     * PPay run at Downtime Multiplier 1 with {@link CoinUses#ONCE}; planned only when the sweep runs Figure 1's RM run at
     * DM 1, which it is compared with.
     */
    public static Optional<SimConfig> worstCase(List<FigureSpec> figures, SweepSettings s) {
        for (FigureSpec f : figures) {
            if (f.id() != 1) continue;
            FigureSpec.Point rm = new FigureSpec.Point(1, Scheme.RM);
            for (FigureSpec.Point p : f.points(s.quick())) {
                if (f.x().format(p.x()).equals(f.x().format(rm.x())) && p.series() == Scheme.RM) {
                    return Optional.of(f.config(s.base(), new FigureSpec.Point(p.x(), Scheme.PPAY)).toBuilder().coinUses(CoinUses.ONCE).build());
                }
            }
        }
        return Optional.empty();
    }


    /** All claims, in the order of Section 7. */
    public static List<Claim> all() {
        List<Claim> c = new ArrayList<>(SchemeClaims.all());
        c.addAll(LayerRenewalClaims.all());
        c.addAll(CreditWindowClaims.all());
        return List.copyOf(c);
    }
}
