package org.ppay.core.broker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppay.core.PeerId;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CashReceipt;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.Relinquishment;

/**
 * What the broker knows of one coin (Section 4.1): who cashed it, the claims waiting for arbitration, refuted
 * and void claims, escrowed refunds, and the proofs of relinquishment it took in the downtime protocol.
 * Claims are keyed "holder/seq".
 */
final class CoinRecord {
    Holding paid;
    CashReceipt receipt;
    final List<Holding> pending = new ArrayList<>();
    final Set<String> refuted = new HashSet<>();
    /** Claims descending from a proven double spend: void, refunded once from {@link #escrow}. */
    final Set<String> voided = new HashSet<>();
    final Set<String> refunded = new HashSet<>();
    /** The void claims settled so far (refunded, or kept after cashing): a layer that gives one up convicts its holder. */
    final List<Holding> settledVoid = new ArrayList<>();
    /** Fake-coin payments taken from culprits and held for the holders left with void coins. */
    int escrow;
    final Map<Long, Relinquishment> proofs = new HashMap<>();
    /** Proofs its owner deposited when it left formally (Section 4.2): they speak for it once it cannot answer. */
    final List<Relinquishment> deposited = new ArrayList<>();
    /**
     * Whether a ruling was ever made on this coin: a claim presented after one is put to its owner (or judged by
     * default) even when no other claim is open, for the coin is known to have been given to more than one holder.
     */
    boolean ruled;
    Assignment latestIssued;

    static String claimKey(Holding h) { return key(h.holder(), h.seq()); }

    static String key(PeerId holder, long seq) { return holder + "/" + seq; }

    /** What the broker knows without asking the owner: its deposited trail first (it defines the valid chain), then its own proofs. */
    List<Relinquishment> knownProofs() {
        List<Relinquishment> out = new ArrayList<>(deposited);
        out.addAll(proofs.values());
        return out;
    }

    /** Whether any level of a holding is void (it descends from a proven double spend). */
    boolean isVoid(Holding h) {
        for (Holding cur = h; ; ) {
            if (voided.contains(claimKey(cur))) return true;
            if (cur instanceof LayeredCoin l) cur = l.inner(); else return false;
        }
    }

    /** Marks a claim void and, through the broker's own downtime records, every claim derived from it. */
    void voidLineage(PeerId holder, long seq) {
        while (voided.add(key(holder, seq))) {
            Relinquishment next = proofs.get(seq);
            if (next == null || !next.relinquisher().equals(holder)) return;
            holder = next.recipient();
            seq = next.nextSeq();
        }
    }

    /** The claims an arbitration puts to the owner: the paid one, the pending ones, the broker's latest issue. */
    List<Holding> claims() {
        List<Holding> claims = new ArrayList<>();
        if (paid != null) claims.add(paid);
        claims.addAll(pending);
        if (latestIssued != null && claims.stream().noneMatch(c -> c.seq() == latestIssued.seq())) claims.add(latestIssued);
        return claims;
    }

    /** Whether this holder handed exactly this holding in and it waits for arbitration. */
    boolean isPending(Holding h) {
        for (Holding p : pending) if (p.holder().equals(h.holder()) && p.seq() == h.seq()) return true;
        return false;
    }
}
