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
    private final TreeMap<Long, Relinquishment> proofs = new TreeMap<>();
    /** Claims known to descend from a proven double spend (holder/seq): refuted on sight. */
    private final java.util.Set<String> voids = new java.util.HashSet<>();

    AuditTrail(Coin coin) { this.coin = coin; }

    public Coin coin() { return coin; }

    /** The valid assignment, or empty while the coin is still unassigned in its owner's hands. */
    public Optional<Assignment> current() { return Optional.ofNullable(current); }

    public long currentSeq() { return current == null ? 0 : current.seq(); }

    public Optional<Relinquishment> proof(long seq) { return Optional.ofNullable(proofs.get(seq)); }

    public java.util.NavigableMap<Long, Relinquishment> proofs() { return Collections.unmodifiableNavigableMap(proofs); }

    public int proofCount() { return proofs.size(); }

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
    boolean addProof(Relinquishment r) { return proofs.putIfAbsent(r.relinquishedSeq(), r) == null; }

    static boolean same(Relinquishment a, Relinquishment b) {
        return Arrays.equals(a.message().encode(), b.message().encode());
    }
}
