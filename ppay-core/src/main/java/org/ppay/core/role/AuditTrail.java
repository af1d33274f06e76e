package org.ppay.core.role;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.Coin;
import org.ppay.core.msg.Relinquishment;

/**
 * One coin's audit trail at its owner (Section 4.1, consequence of invariant 3): the current valid
 * assignment and, for every earlier sequence number, the signed proof that its holder relinquished it.
 */
public final class AuditTrail {
    private final Coin coin;
    private Assignment current;
    /** The proofs by relinquished sequence number, or null when only counted ({@link ProofRetention#COUNT}). */
    private final TreeMap<Long, Relinquishment> proofs;
    /** Relinquished sequence numbers on file, when only counted. */
    private final java.util.BitSet counted;
    /** Claims known to descend from a proven double spend (holder/seq): refuted on sight. */
    private final java.util.Set<String> voids = new java.util.HashSet<>();

    AuditTrail(Coin coin, ProofRetention retention) {
        this.coin = coin;
        this.proofs = retention == ProofRetention.KEEP ? new TreeMap<>() : null;
        this.counted = retention == ProofRetention.KEEP ? null : new java.util.BitSet();
    }

    public Coin coin() { return coin; }

    /** The valid assignment, or empty while the coin is still unassigned in its owner's hands. */
    public Optional<Assignment> current() { return Optional.ofNullable(current); }

    public long currentSeq() { return current == null ? 0 : current.seq(); }

    /** The proof that seq was relinquished; always empty when proofs are only counted. */
    public Optional<Relinquishment> proof(long seq) { return proofs == null ? Optional.empty() : Optional.ofNullable(proofs.get(seq)); }

    public java.util.NavigableMap<Long, Relinquishment> proofs() {
        return proofs == null ? Collections.emptyNavigableMap() : Collections.unmodifiableNavigableMap(proofs);
    }

    public int proofCount() { return proofs == null ? counted.cardinality() : proofs.size(); }

    void setCurrent(Assignment a) { current = a; }

    void markVoid(org.ppay.core.PeerId holder, long seq) { voids.add(holder + "/" + seq); }

    /** Whether some level of this holding descends from a proven double spend. */
    public boolean isVoid(org.ppay.core.msg.Holding h) {
        for (org.ppay.core.msg.Holding cur = h; ; ) {
            if (voids.contains(cur.holder() + "/" + cur.seq())) return true;
            if (cur instanceof org.ppay.core.msg.LayeredCoin l) cur = l.inner(); else return false;
        }
    }

    /** Records a proof; returns false if a proof of that sequence number is already on file. */
    boolean addProof(Relinquishment r) {
        if (proofs != null) return proofs.putIfAbsent(r.relinquishedSeq(), r) == null;
        long seq = r.relinquishedSeq();
        if (seq > Integer.MAX_VALUE || counted.get((int) seq)) return false;
        counted.set((int) seq);
        return true;
    }

    /**
     * Whether this trail has seen assignment {@code a}: it is the valid one, or a proof on file gives up a holding on
     * it. An assignment the broker issued while the owner was down is unknown until the owner audits it.
     */
    public boolean knows(Assignment a) {
        if (current != null && current.sameAs(a)) return true;
        return proofs != null && proofs.values().stream().anyMatch(p -> p.given().base().sameAs(a));
    }

    public static boolean same(Relinquishment a, Relinquishment b) {
        return Arrays.equals(a.message().encode(), b.message().encode());
    }
}
