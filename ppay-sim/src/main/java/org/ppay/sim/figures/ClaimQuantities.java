package org.ppay.sim.figures;

import static org.ppay.sim.figures.ClaimFormat.*;
import static org.ppay.sim.figures.Claims.SMALL;
import static org.ppay.sim.figures.Claims.less;

import java.util.ArrayList;
import java.util.List;
import org.ppay.core.Params;
import org.ppay.core.role.Scheme;
import org.ppay.sim.figures.Claims.Lookup;
import org.ppay.sim.figures.Claims.Outcome;

/** The per-seed quantities the claims judge: loads, shares, overheads and spreads, each computed on every seed. */
final class ClaimQuantities {
    private ClaimQuantities() {}

    static final Scheme PPAY = Scheme.PPAY, STAR = Scheme.PPAY_STAR, RM = Scheme.RM;
    static final Params.CreditWindowType PAYWORD = Params.CreditWindowType.PAYWORD, SCW = Params.CreditWindowType.SCW;

    /** Payword's {@code key} over soft credit windows' at window size {@code x} of figure {@code fig}, on each seed. */
    static PerSeed paywordOverScw(Lookup l, int fig, Object x, String key) {
        return l.at(fig, x, PAYWORD).perSeed(key).div(l.at(fig, x, SCW).perSeed(key));
    }

    static PerSeed broker(Lookup l, Object dm, Scheme s) { return l.at(1, dm, s).perSeed("broker_hz"); }

    static PerSeed peer(Lookup l, Object dm, Scheme s) { return l.at(2, dm, s).perSeed("peer_hz"); }

    static PerSeed brokerBw(Sample r) { return r.perSeed("broker_bps_in").plus(r.perSeed("broker_bps_out")); }

    static PerSeed bw(Sample r) { return r.perSeed("peer_bps_in").plus(r.perSeed("peer_bps_out")); }

    static PerSeed renewShare(Sample r) { return r.perSeed("peer_hz_renew").div(r.perSeed("peer_hz")); }

    static PerSeed overheadHz(Sample r) {
        PerSeed guess = r.perSeed("peer_hz_guess");
        return r.perSeed("peer_hz").minus(guess).div(guess);
    }

    static PerSeed overheadBps(Sample r) {
        PerSeed guess = r.perSeed("peer_bps_guess");
        return bw(r).minus(guess).div(guess);
    }

    /** (max − min) / mean over the x values, on each seed: the seed's own spread; then its interval over the seeds. */
    static Outcome spread(Lookup l, int fig, String key) {
        List<Object> xs = l.xs(fig, 2);
        List<PerSeed> vs = new ArrayList<>();
        for (Object x : xs) vs.add(l.at(fig, x, null).perSeed(key));
        PerSeed min = PerSeed.min(vs), max = PerSeed.max(vs);
        Interval spread = max.minus(min).div(PerSeed.sum(vs).div(xs.size())).interval();
        return Outcome.of(hz(min) + " – " + hz(max) + " (spread " + pct(spread) + ")", spread.atMost(SMALL));
    }

    static Outcome everyX(Lookup l, int fig, String key) {
        List<String> parts = new ArrayList<>();
        boolean ok = true;
        for (Object x : l.xs(fig, 1)) {
            PerSeed r = paywordOverScw(l, fig, x, key);
            parts.add(x + ": ×" + f2(r));
            ok &= less(1, r);
        }
        return Outcome.of("Payword/SCW " + String.join(", ", parts), ok);
    }

    static Outcome widening(Lookup l, int fig, String key) {
        PerSeed a = paywordOverScw(l, fig, 10, key);
        PerSeed b = paywordOverScw(l, fig, 100, key);
        return Outcome.of("×" + f2(a) + " at 10 → ×" + f2(b) + " at 100", less(a, b));
    }
}
