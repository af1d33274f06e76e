package org.ppay.core.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppay.core.PeerId;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;

/**
 * The three invariants of Section 4.1, checked over a snapshot of honest owners' audit trails and every
 * holding peers keep. Theorem 1 says they hold at all times for all coins; tests call this after every step.
 */
public final class TheoremOne {
    private TheoremOne() {}

    /**
     * @param owners   the honest owners (an owner caught cheating keeps no trustworthy trail)
     * @param holdings every holding any peer keeps, by holder
     * @return one line per violation; empty when all three invariants hold
     */
    public static List<String> violations(Iterable<Owner> owners, Map<PeerId, List<Holding>> holdings) {
        List<String> out = new ArrayList<>();
        for (Owner o : owners) {
            for (AuditTrail t : o.trails()) {
                Optional<Assignment> cur = t.current();
                if (cur.isEmpty()) continue;
                long s = cur.get().seq();
                // Invariant 1: the owner has no proof that the valid holder relinquished its valid assignment.
                t.proof(s).filter(p -> p.relinquisher().equals(cur.get().holder()))
                    .ifPresent(p -> out.add("invariant 1: " + t.coin().id() + " valid holder relinquished seq " + s));
                // Invariant 2: sequence numbers grow along the trail.
                for (Long seq : t.proofs().keySet()) {
                    if (seq >= s) out.add("invariant 2: " + t.coin().id() + " proof for seq " + seq + " >= valid seq " + s);
                }
            }
        }
        // Invariant 3: any other holding of a coin can be refuted with a proof of relinquishment.
        for (var e : holdings.entrySet()) {
            for (Holding h : e.getValue()) {
                CoinId id = h.coin().id();
                for (Owner o : owners) {
                    if (!o.id().equals(id.owner())) continue;
                    o.trail(id).ifPresent(t -> {
                        Assignment cur = t.current().orElse(null);
                        if (cur == null || h.seq() > cur.seq()) return;       // newer than the owner knows: broker-issued
                        if (h.base().byBroker() && !t.knows(h.base())) return;  // the broker's, not audited yet (Section 3)
                        boolean valid = h.seq() == cur.seq() && h.holder().equals(cur.holder());
                        if (valid) return;
                        if (!o.canRefute(h)) {
                            out.add("invariant 3: " + id + " holding seq " + h.seq() + " of " + h.holder() + " cannot be refuted");
                        }
                    });
                }
            }
        }
        return out;
    }
}
