package org.ppay.sim.figures;

import static org.ppay.sim.figures.ClaimFormat.*;
import static org.ppay.sim.figures.ClaimQuantities.*;
import static org.ppay.sim.figures.Claims.*;

import java.util.ArrayList;
import java.util.List;
import org.ppay.sim.figures.Claims.Claim;
import org.ppay.sim.figures.Claims.Outcome;

/** Sections 7.2.1–7.2.2's claims: Max Layers (Figure 3) and Renewal Wait (Figures 4–5). */
final class LayerRenewalClaims {
    private LayerRenewalClaims() {}

    static List<Claim> all() {
        List<Claim> c = new ArrayList<>();
        c.add(new Claim("Fig. 3, DM = 20", "Broker load is barely affected by Max Layers", "\"varies very little\"",
            "(max − min) / mean over the Max Layers values ≤ 20%", l -> spread(l, 3, "broker_hz")));
        c.add(new Claim("§7.2.1, DM = 20", "Layers have little impact on peer load either", "\"nor peer performance\"",
            "(max − min) / mean over the Max Layers values ≤ 20%", l -> spread(l, 3, "peer_hz")));
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
        return c;
    }
}
