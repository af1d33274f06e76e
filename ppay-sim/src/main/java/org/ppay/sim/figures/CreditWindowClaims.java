package org.ppay.sim.figures;

import static org.ppay.sim.figures.ClaimFormat.*;
import static org.ppay.sim.figures.ClaimQuantities.*;
import static org.ppay.sim.figures.Claims.*;

import java.util.ArrayList;
import java.util.List;
import org.ppay.sim.figures.Claims.Claim;
import org.ppay.sim.figures.Claims.Outcome;

/** Section 7.2.3's claims: Payword against soft credit windows (Figures 6–7), credit loss (Figure 8), NetLossCap (Figure 9). */
final class CreditWindowClaims {
    private CreditWindowClaims() {}

    static List<Claim> all() {
        List<Claim> c = new ArrayList<>();
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
                    Interval r = paywordOverScw(l, 7, x, FIG7).interval();
                    parts.add(x + ": ×" + f1(r));
                    ok &= r.atLeast(FACTOR);
                }
                return Outcome.of(String.join(", ", parts), ok);
            }));
        c.add(new Claim("Fig. 7", "Payword's peer-load penalty grows with window size", "×17 at 10 → ×38 at 100",
            "Payword/SCW at 100 > Payword/SCW at 10, by > 5%, without GUESS work", l -> widening(l, 7, FIG7)));
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
        return c;
    }
}
