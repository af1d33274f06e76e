package org.ppay.sim.figures;

import static org.ppay.sim.figures.ClaimFormat.*;
import static org.ppay.sim.figures.ClaimQuantities.*;
import static org.ppay.sim.figures.Claims.*;

import java.util.ArrayList;
import java.util.List;
import org.ppay.sim.figures.Claims.Claim;
import org.ppay.sim.figures.Claims.Outcome;

/** Section 7.1's claims: PPay against PPay* and RM, broker load (Figure 1), peer load (Figure 2) and the worst case. */
final class SchemeClaims {
    private SchemeClaims() {}

    static List<Claim> all() {
        List<Claim> c = new ArrayList<>();
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
        return c;
    }
}
