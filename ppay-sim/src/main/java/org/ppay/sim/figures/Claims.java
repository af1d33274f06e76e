package org.ppay.sim.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.ppay.core.Params;
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

    private static final Scheme PPAY = Scheme.PPAY, STAR = Scheme.PPAY_STAR, RM = Scheme.RM;
    private static final Params.CreditWindowType PAYWORD = Params.CreditWindowType.PAYWORD, SCW = Params.CreditWindowType.SCW;

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
            FigureSpec.Point rm = new FigureSpec.Point(1, RM);
            for (FigureSpec.Point p : f.points(s.quick())) {
                if (f.x().format(p.x()).equals(f.x().format(rm.x())) && p.series() == RM) {
                    return Optional.of(f.config(s.base(), new FigureSpec.Point(p.x(), PPAY)).toBuilder().coinUses(CoinUses.ONCE).build());
                }
            }
        }
        return Optional.empty();
    }

    /** All claims, in the order of Section 7. */
    public static List<Claim> all() {
        List<Claim> c = new ArrayList<>();
        // ---- 7.1, Figure 1 ----
        c.add(new Claim("Fig. 1, DM = 1", "Broker load: PPay lowest, then PPay*, RM highest",
            "RM 40.6e5 Hz, PPay* 3.46e5 Hz, PPay 1.98e5 Hz", "PPay < PPay* < RM (each by > 5%)", l -> {
                PerSeed rm = broker(l, 1, RM), st = broker(l, 1, STAR), pp = broker(l, 1, PPAY);
                return Outcome.of("RM " + hz(rm) + ", PPay* " + hz(st) + ", PPay " + hz(pp), less(pp, st) && less(st, rm));
            }));
        c.add(new Claim("Fig. 1, DM = 1", "RM broker load is over 12× PPay*'s and over 20× PPay's",
            "RM/PPay* = 11.7, RM/PPay = 20.5", "both ratios ≥ 2", l -> {
                PerSeed rm = broker(l, 1, RM);
                Interval a = rm.div(broker(l, 1, STAR)).interval(), b = rm.div(broker(l, 1, PPAY)).interval();
                return Outcome.of("RM/PPay* = " + f2(a) + ", RM/PPay = " + f2(b), a.atLeast(FACTOR) && b.atLeast(FACTOR));
            }));
        c.add(new Claim("Fig. 1, DM = 1", "Reassignments and renewals are a large part of PPay*'s broker load; PPay's broker does none",
            "about 43% of PPay*'s broker load; 0 for PPay", "PPay* share ≥ 10% and PPay's broker reassign + renew load = 0", l -> {
                Sample st = l.at(1, 1, STAR), pp = l.at(1, 1, PPAY);
                Interval share = st.perSeed("broker_hz_reassign").plus(st.perSeed("broker_hz_renew")).div(st.perSeed("broker_hz")).interval();
                Interval ppay = pp.perSeed("broker_hz_reassign").plus(pp.perSeed("broker_hz_renew")).interval();
                return Outcome.of("PPay* " + pct(share) + "; PPay " + hz(ppay), share.atLeast(0.10) && ppay.within(0, 0));
            }));
        c.add(new Claim("Fig. 1, DM 1 → 20", "Less activity with longer downtimes: RM and PPay broker loads fall",
            "RM 40.6e5 → 2.94e5 Hz; PPay 1.98e5 → .41e5 Hz", "RM(20) < RM(1) and PPay(20) < PPay(1), each by > 5%", l -> {
                PerSeed rm1 = broker(l, 1, RM), rm20 = broker(l, 20, RM), p1 = broker(l, 1, PPAY), p20 = broker(l, 20, PPAY);
                return Outcome.of("RM " + hz(rm1) + " → " + hz(rm20) + "; PPay " + hz(p1) + " → " + hz(p20), less(rm20, rm1) && less(p20, p1));
            }));
        c.add(new Claim("Fig. 1, DM = 20", "PPay still far outperforms RM: RM broker load over 7× PPay's",
            "RM 2.94e5 Hz, PPay .41e5 Hz (×7.2)", "RM/PPay ≥ 2", l -> {
                PerSeed rm = broker(l, 20, RM), pp = broker(l, 20, PPAY);
                Interval r = rm.div(pp).interval();
                return Outcome.of("RM " + hz(rm) + ", PPay " + hz(pp) + " (×" + f2(r) + ")", r.atLeast(FACTOR));
            }));
        c.add(new Claim("Fig. 1, DM 1 → 20", "PPay* broker load rises as activity falls (more broker reassignments and renewals)",
            "3.46e5 → 3.59e5 Hz", "PPay*(20) > PPay*(1) by > 5%", l -> {
                PerSeed a = broker(l, 1, STAR), b = broker(l, 20, STAR);
                return Outcome.of(hz(a) + " → " + hz(b), less(a, b));
            }));
        c.add(new Claim("Fig. 1, DM = 20", "PPay* has the highest broker load of all", "PPay* 3.59e5 > RM 2.94e5 > PPay .41e5 Hz",
            "PPay* > RM and PPay* > PPay, each by > 5%", l -> {
                PerSeed st = broker(l, 20, STAR), rm = broker(l, 20, RM), pp = broker(l, 20, PPAY);
                return Outcome.of("PPay* " + hz(st) + ", RM " + hz(rm) + ", PPay " + hz(pp), less(rm, st) && less(pp, st));
            }));
        c.add(new Claim("Fig. 1, DM = 20", "Most of PPay*'s broker load is reassignment", "89%", "reassignment share > 50%", l -> {
            Sample st = l.at(1, 20, STAR);
            Interval share = st.perSeed("broker_hz_reassign").div(st.perSeed("broker_hz")).interval();
            return Outcome.of(pct(share), share.above(0.5));
        }));
        c.add(new Claim("§7.1, DM = 20", "Only a few percent of peers are online on average", "3%",
            "within a factor of 2 of 3% (1.5%–6%)", l -> {
                Interval on = l.at(1, 20, PPAY).get("online_fraction");
                return Outcome.of(pct(on), on.within(0.015, 0.06));
            }));
        c.add(new Claim("§7.1, Fig. 1", "PPay outperforms PPay* in broker load in all scenarios", "PPay < PPay* at every DM shown",
            "PPay < PPay* by > 5% at every DM of the sweep", l -> {
                List<String> worse = new ArrayList<>();
                Interval minRatio = null;
                for (Object dm : l.xs(1, 1)) {
                    PerSeed st = broker(l, dm, STAR), pp = broker(l, dm, PPAY);
                    Interval r = st.div(pp).interval();
                    if (minRatio == null || r.lo() < minRatio.lo()) minRatio = r;
                    if (!less(pp, st)) worse.add("DM " + dm);
                }
                return Outcome.of("PPay*/PPay ≥ " + f2(minRatio) + (worse.isEmpty() ? " at every DM" : "; PPay not lower at " + worse),
                    worse.isEmpty());
            }));
        // ---- 7.1, Figure 2 ----
        c.add(new Claim("Fig. 2, DM = 1", "PPay's peer load is only slightly higher than PPay*'s", "\"only slightly\" higher",
            "1 ≤ PPay/PPay* ≤ 1.2", l -> {
                PerSeed pp = peer(l, 1, PPAY), st = peer(l, 1, STAR);
                Interval r = pp.div(st).interval();
                return Outcome.of("PPay " + hz(pp) + ", PPay* " + hz(st) + " (×" + f3(r) + ")", r.within(1, 1 + SMALL));
            }));
        c.add(new Claim("Fig. 2, DM = 1", "PPay and PPay* peer processing load is roughly 50% above RM's", "≈ ×1.5",
            "1.05 < PPay/RM < 2 and 1.05 < PPay*/RM < 2 (higher, less than double)", l -> {
                PerSeed rm = peer(l, 1, RM), a = peer(l, 1, PPAY).div(rm), b = peer(l, 1, STAR).div(rm);
                return Outcome.of("PPay/RM = " + f2(a) + ", PPay*/RM = " + f2(b) + " (RM " + hz(rm) + ")",
                    less(1, a) && a.interval().below(2) && less(1, b) && b.interval().below(2));
            }));
        c.add(new Claim("§7.1, DM = 1", "Peer bandwidth (not shown) is 25–35% heavier than in RM", "×1.25–1.35",
            "1.05 < PPay/RM < 2 and 1.05 < PPay*/RM < 2, bits in + out", l -> {
                PerSeed rm = bw(l.at(1, 1, RM)), a = bw(l.at(1, 1, PPAY)).div(rm), b = bw(l.at(1, 1, STAR)).div(rm);
                return Outcome.of("PPay/RM = " + f2(a) + ", PPay*/RM = " + f2(b) + " (RM " + num(rm) + " bps)",
                    less(1, a) && a.interval().below(2) && less(1, b) && b.interval().below(2));
            }));
        c.add(new Claim("§7.1 (Fig. 4 run at Table 1 settings)", "Renewals are only about 6% of PPay's peer load: not a significant cost",
            "about 6%", "renewal share < 15%", l -> {
                Sample r = l.at(4, 30, null);
                Interval share = renewShare(r).interval();
                return Outcome.of(pct(share) + " (Renewal Wait 30 d, " + Param.number(r.config().days()) + " d run)", share.below(0.15));
            }));
        c.add(new Claim("§7.1, DM = 1", "Worst case for PPay (each coin used once, then cashed): broker load comparable to RM",
            "bandwidth +35%, processing +6.6% vs RM ([17])",
            "PPay with every coin used once (--coin-uses once) against Figure 1's RM run: broker processing and broker bandwidth "
                + "(in + out) each within a factor of 2 of RM's (ratio ½ to 2)", l -> {
                Sample once = l.worstCase(), rm = l.at(1, 1, RM);
                Interval p = once.perSeed("broker_hz").div(rm.perSeed("broker_hz")).interval();
                Interval b = brokerBw(once).div(brokerBw(rm)).interval();
                return Outcome.of("processing ×" + f3(p) + " (" + hz(once.perSeed("broker_hz")) + " vs RM " + hz(rm.perSeed("broker_hz"))
                    + "), bandwidth ×" + f3(b), p.within(1 / FACTOR, FACTOR) && b.within(1 / FACTOR, FACTOR));
            }));
        // ---- 7.2.1, Figure 3 ----
        c.add(new Claim("Fig. 3, DM = 20", "Broker load is barely affected by Max Layers", "\"varies very little\"",
            "(max − min) / mean over the Max Layers values ≤ 20%", l -> spread(l, 3, "broker_hz")));
        c.add(new Claim("§7.2.1, DM = 20", "Layers have little impact on peer load either", "\"nor peer performance\"",
            "(max − min) / mean over the Max Layers values ≤ 20%", l -> spread(l, 3, "peer_hz")));
        // ---- 7.2.2, Figures 4–5 ----
        c.add(new Claim("Fig. 4", "Renewals' share of peer load falls as Renewal Wait grows", "20% at 10 d → 6% at 30 d",
            "share at 10 d > share at 30 d by > 5%", l -> {
                PerSeed sa = renewShare(l.at(4, 10, null)), sb = renewShare(l.at(4, 30, null));
                return Outcome.of(pct(sa) + " at 10 d → " + pct(sb) + " at 30 d", less(sb, sa));
            }));
        c.add(new Claim("Fig. 5", "Peer state grows with Renewal Wait, but the impact is limited", "\"impact is limited\"",
            "state(30 d) > state(10 d) by > 5%, and state(30 d)/state(10 d) < 3 (less than proportional)", l -> {
                PerSeed a = l.at(5, 10, null).perSeed("peer_mean_proofs"), b = l.at(5, 30, null).perSeed("peer_mean_proofs");
                Interval r = b.div(a).interval();
                return Outcome.of(f1(a) + " → " + f1(b) + " proofs (×" + f2(r) + ")", less(a, b) && r.below(3));
            }));
        c.add(new Claim("§7.2.2, Fig. 4 runs", "Renewal Wait has very little effect on broker load", "\"very little effect\"",
            "(max − min) / mean over the Renewal Wait values ≤ 20%", l -> spread(l, 4, "broker_hz")));
        c.add(new Claim("§7.2.2, Fig. 4 (window 10)", "PPay's processing overhead for peers is high relative to GUESS",
            "about 18× GUESS's load", "(peer load − GUESS) / GUESS > 1", l -> {
                Interval o = overheadHz(l.at(4, 30, null)).interval();
                return Outcome.of("×" + f1(o) + " at Renewal Wait 30 d", o.above(1));
            }));
        c.add(new Claim("§7.2.2, Fig. 4 (window 10)", "PPay's bandwidth overhead for peers is small relative to GUESS",
            "4% of GUESS's bandwidth", "(peer bps − GUESS bps) / GUESS bps < 1", l -> {
                Interval o = overheadBps(l.at(4, 30, null)).interval();
                return Outcome.of(pct(o) + " at Renewal Wait 30 d", o.below(1));
            }));
        c.add(new Claim("§7.2.2, window 100", "A window of 100 cuts PPay's overhead to 13% (processing) and .03% (bandwidth)",
            "×18 → 13% processing; 4% → .03% bandwidth", "both overheads lower by > 5% at window 100 than at window 10 (Payword runs of Fig. 7)", l -> {
                Sample a = l.at(7, 10, PAYWORD), b = l.at(7, 100, PAYWORD);
                PerSeed pa = overheadHz(a), pb = overheadHz(b), ba = overheadBps(a), bb = overheadBps(b);
                return Outcome.of("processing " + pct(pa) + " → " + pct(pb) + "; bandwidth " + pct(ba) + " → " + pct(bb), less(pb, pa) && less(bb, ba));
            }));
        // ---- 7.2.3, Figures 6–7 ----
        c.add(new Claim("Fig. 6", "Soft credit windows give lower broker load than Payword at every window size",
            "Payword 40% heavier at 10, almost 3× at 100", "Payword > SCW by > 5% at every window size of the sweep",
            l -> everyX(l, 6, "broker_hz")));
        c.add(new Claim("Fig. 6", "Payword's broker-load penalty grows with window size", "×1.4 at 10 → ≈ ×3 at 100",
            "Payword/SCW at 100 > Payword/SCW at 10, by > 5%", l -> widening(l, 6, "broker_hz")));
        c.add(new Claim("Fig. 6", "Credit window size greatly affects broker load: a large window is crucial", "\"greatly affects\"",
            "load at window 100 ≤ half the load at window 10, for Payword and for SCW", l -> {
                Interval pw = l.at(6, 100, PAYWORD).perSeed("broker_hz").div(l.at(6, 10, PAYWORD).perSeed("broker_hz")).interval();
                Interval sc = l.at(6, 100, SCW).perSeed("broker_hz").div(l.at(6, 10, SCW).perSeed("broker_hz")).interval();
                return Outcome.of("100 vs 10: Payword ×" + f3(pw) + ", SCW ×" + f3(sc), pw.atMost(1 / FACTOR) && sc.atMost(1 / FACTOR));
            }));
        c.add(new Claim("Fig. 7", "Soft credit windows give far lower peer load than Payword at every window size",
            "Payword 17× heavier at 10, over 38× at 100",
            "Payword ≥ 2 × SCW at every window size of the sweep, in peer load without GUESS work (PPay's own, as Fig. 7 must be)", l -> {
                List<String> parts = new ArrayList<>();
                boolean ok = true;
                for (Object x : l.xs(7, 1)) {
                    Interval r = l.at(7, x, PAYWORD).perSeed(FIG7).div(l.at(7, x, SCW).perSeed(FIG7)).interval();
                    parts.add(x + ": ×" + f1(r));
                    ok &= r.atLeast(FACTOR);
                }
                return Outcome.of(String.join(", ", parts), ok);
            }));
        c.add(new Claim("Fig. 7", "Payword's peer-load penalty grows with window size", "×17 at 10 → ×38 at 100",
            "Payword/SCW at 100 > Payword/SCW at 10, by > 5%, without GUESS work", l -> widening(l, 7, FIG7)));
        // ---- 7.2.3, Figure 8 ----
        c.add(new Claim("Fig. 8, window 100, no lazy peers", "Credit loss: a rare large worst case, mean 0",
            "max ≈ 12000, 90% under 4000, mean 0", "|mean| ≤ 1% of max and 90th percentile < max / 2", l -> {
                Sample r = l.at(8, 100, 0);
                PerSeed max = r.perSeed("credit_loss_max"), p90 = r.perSeed("credit_loss_p90"), mean = r.perSeed("credit_loss_mean");
                return Outcome.of("max " + f0(max) + ", p90 " + f0(p90) + ", mean " + f1(mean),
                    max.interval().above(0) && mean.abs().div(max).interval().atMost(0.01) && p90.div(max).interval().below(0.5));
            }));
        c.add(new Claim("Fig. 8, no lazy peers", "Window size greatly affects potential credit loss", "\"greatly affects\"",
            "max loss at window 100 ≥ 2 × max loss at window 10", l -> {
                PerSeed a = l.at(8, 10, 0).perSeed("credit_loss_max"), b = l.at(8, 100, 0).perSeed("credit_loss_max");
                return Outcome.of(f0(a) + " at 10 → " + f0(b) + " at 100", excess(b, a, FACTOR).interval().atLeast(0));
            }));
        c.add(new Claim("Fig. 8, window 100", "The percentage of lazy peers does not greatly affect non-lazy peers' risk",
            "\"does not seem to greatly affect\"", "max loss at every lazy % within a factor of 2 of the no-lazy max", l -> {
                PerSeed base = l.at(8, 100, 0).perSeed("credit_loss_max");
                List<String> parts = new ArrayList<>();
                boolean ok = true;
                for (Object s : l.series(8)) {
                    PerSeed m = l.at(8, 100, s).perSeed("credit_loss_max");
                    parts.add(s + "%: " + f0(m));
                    ok &= excess(base, m, 1 / FACTOR).interval().atLeast(0) && excess(m, base, 1 / FACTOR).interval().atLeast(0);
                }
                if (parts.size() < 2) throw new Missing("Figure 8 has no lazy series");
                return Outcome.of(String.join(", ", parts), ok);
            }));
        // ---- 7.2.3, NetLossCap and Figure 9 ----
        c.add(new Claim("§7.2.3, Fig. 9 runs", "With NetLossCap v the maximum observed credit loss is v, whatever the window",
            "window 100, v = 500: max 500 (12000 uncapped)", "max loss ≤ v in every capped run", l -> {
                Interval worst = Interval.point(0);
                String at = "";
                boolean any = false;
                for (Object cap : l.series(9)) {
                    long v = ((Number) cap).longValue();
                    if (v == Param.NO_CAP) continue;
                    for (Object x : l.xs(9, 1)) {
                        Interval r = l.at(9, x, cap).perSeed("credit_loss_max").div(v).interval();
                        any = true;
                        if (r.hi() >= worst.hi()) { worst = r; at = "v = " + v + ", window " + x; }
                    }
                }
                if (!any) throw new Missing("Figure 9 has no capped series");
                String uncapped = "";
                try {
                    uncapped = "; uncapped at window 100: " + f0(l.at(9, 100, Param.NO_CAP).get("credit_loss_max"));
                } catch (Missing m) {
                    // only for context
                }
                return Outcome.of("highest max/v = " + f3(worst) + " (" + at + ")" + uncapped, worst.atMost(1));
            }));
        c.add(new Claim("Fig. 9", "Window size remains very important for every cap value", "\"still very important\"",
            "load at window 100 ≤ half the load at window 10, for every cap", l -> {
                List<String> parts = new ArrayList<>();
                boolean ok = true;
                for (Object cap : l.series(9)) {
                    Interval r = l.at(9, 100, cap).perSeed("broker_hz").div(l.at(9, 10, cap).perSeed("broker_hz")).interval();
                    parts.add(Param.NET_LOSS_CAP.format(cap) + ": ×" + f3(r));
                    ok &= r.atMost(1 / FACTOR);
                }
                return Outcome.of(String.join(", ", parts), ok);
            }));
        c.add(new Claim("Fig. 9", "Cap values that are not too small do not significantly degrade broker load", "\"do not significantly degrade\"",
            "largest finite cap's load within 20% of the uncapped load at every window size", l -> {
                long largest = -1;
                for (Object cap : l.series(9)) {
                    long v = ((Number) cap).longValue();
                    if (v != Param.NO_CAP) largest = Math.max(largest, v);
                }
                if (largest < 0) throw new Missing("Figure 9 has no capped series");
                Interval worst = Interval.point(0);
                for (Object x : l.xs(9, 1)) {
                    Interval d = l.at(9, x, largest).perSeed("broker_hz").div(l.at(9, x, Param.NO_CAP).perSeed("broker_hz"))
                        .minus(1).abs().interval();
                    if (d.hi() > worst.hi()) worst = d;
                }
                return Outcome.of("v = " + largest + ": at most " + pct(worst) + " from uncapped", worst.atMost(SMALL));
            }));
        return List.copyOf(c);
    }

    // ---- helpers: per-seed quantities ----

    private static PerSeed broker(Lookup l, Object dm, Scheme s) { return l.at(1, dm, s).perSeed("broker_hz"); }

    private static PerSeed peer(Lookup l, Object dm, Scheme s) { return l.at(2, dm, s).perSeed("peer_hz"); }

    private static PerSeed brokerBw(Sample r) { return r.perSeed("broker_bps_in").plus(r.perSeed("broker_bps_out")); }

    private static PerSeed bw(Sample r) { return r.perSeed("peer_bps_in").plus(r.perSeed("peer_bps_out")); }

    private static PerSeed renewShare(Sample r) { return r.perSeed("peer_hz_renew").div(r.perSeed("peer_hz")); }

    private static PerSeed overheadHz(Sample r) {
        PerSeed guess = r.perSeed("peer_hz_guess");
        return r.perSeed("peer_hz").minus(guess).div(guess);
    }

    private static PerSeed overheadBps(Sample r) {
        PerSeed guess = r.perSeed("peer_bps_guess");
        return bw(r).minus(guess).div(guess);
    }

    /** (max − min) / mean over the x values, on each seed: the seed's own spread; then its interval over the seeds. */
    private static Outcome spread(Lookup l, int fig, String key) {
        List<Object> xs = l.xs(fig, 2);
        List<PerSeed> vs = new ArrayList<>();
        for (Object x : xs) vs.add(l.at(fig, x, null).perSeed(key));
        PerSeed min = PerSeed.min(vs), max = PerSeed.max(vs);
        Interval spread = max.minus(min).div(PerSeed.sum(vs).div(xs.size())).interval();
        return Outcome.of(hz(min) + " – " + hz(max) + " (spread " + pct(spread) + ")", spread.atMost(SMALL));
    }

    private static Outcome everyX(Lookup l, int fig, String key) {
        List<String> parts = new ArrayList<>();
        boolean ok = true;
        for (Object x : l.xs(fig, 1)) {
            PerSeed r = l.at(fig, x, PAYWORD).perSeed(key).div(l.at(fig, x, SCW).perSeed(key));
            parts.add(x + ": ×" + f2(r));
            ok &= less(1, r);
        }
        return Outcome.of("Payword/SCW " + String.join(", ", parts), ok);
    }

    private static Outcome widening(Lookup l, int fig, String key) {
        PerSeed a = l.at(fig, 10, PAYWORD).perSeed(key).div(l.at(fig, 10, SCW).perSeed(key));
        PerSeed b = l.at(fig, 100, PAYWORD).perSeed(key).div(l.at(fig, 100, SCW).perSeed(key));
        return Outcome.of("×" + f2(a) + " at 10 → ×" + f2(b) + " at 100", less(a, b));
    }

    // ---- formatting: a value as before when exact (one seed), else "mean [lo, hi]" ----

    /** A load in Hz with three significant digits, e.g. {@code 3.46e5 Hz}, or {@code 3.46e5 [3.40e5, 3.52e5] Hz}. */
    static String hz(Interval v) { return v.exact() ? hz(v.mean()) : either(v, Claims::sci) + " Hz"; }

    /** A load in Hz with three significant digits, e.g. {@code 3.46e5 Hz}. */
    static String hz(double v) { return v == 0 ? "0 Hz" : sci(v) + " Hz"; }

    private static String sci(double v) {
        if (v == 0) return "0";
        if (!Double.isFinite(v)) return inf(v);
        int e = (int) Math.floor(Math.log10(Math.abs(v)));
        double m = v / Math.pow(10, e);
        if (Math.abs(m) >= 9.995) { m /= 10; e++; }
        return String.format(Locale.ROOT, "%.2fe%d", m, e);
    }

    static String hz(PerSeed v) { return hz(v.interval()); }

    static String pct(PerSeed v) { return pct(v.interval()); }

    static String num(PerSeed v) { return num(v.interval()); }

    static String f0(PerSeed v) { return f0(v.interval()); }

    static String f1(PerSeed v) { return f1(v.interval()); }

    static String f2(PerSeed v) { return f2(v.interval()); }

    static String pct(Interval v) { return either(v, Claims::pct); }

    static String pct(double v) {
        if (!Double.isFinite(v)) return inf(v);
        return String.format(Locale.ROOT, v < 0.001 && v > 0 ? "%.3f%%" : "%.1f%%", 100 * v);
    }

    static String num(Interval v) { return either(v, Csv::num); }

    static String f0(Interval v) { return either(v, d -> fixed("%.0f", d)); }

    static String f1(Interval v) { return either(v, d -> fixed("%.1f", d)); }

    static String f2(Interval v) { return either(v, d -> fixed("%.2f", d)); }

    static String f3(Interval v) { return either(v, d -> fixed("%.3f", d)); }

    private static String fixed(String format, double v) { return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : inf(v); }

    private static String inf(double v) { return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "−∞"; }

    /** {@code mean} alone when the interval is exact, else {@code mean [lo, hi]}. */
    static String either(Interval v, java.util.function.DoubleFunction<String> f) {
        String m = f.apply(v.mean());
        return v.exact() ? m : m + " [" + f.apply(v.lo()) + ", " + f.apply(v.hi()) + "]";
    }
}
