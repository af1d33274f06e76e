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
import org.ppay.core.msg.Refusal;
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
    /**
     * The relinquishments the broker took (downtime requests, refusals, layers), by the holding each gives up: not by
     * sequence number alone, for an owner that assigned a coin twice makes two holdings with one number.
     */
    final Map<String, Relinquishment> proofs = new HashMap<>();
    /**
     * Proofs its owner handed in: deposited as it left formally (Section 4.2), where they speak for it once it cannot
     * answer, and those of its answers in disputes, kept so that a later claim is checked against them too.
     */
    final List<Relinquishment> deposited = new ArrayList<>();
    /**
     * Whether a ruling was ever made on this coin: a claim presented after one is put to its owner (or judged by
     * default) even when no other claim is open, for the coin is known to have been given to more than one holder.
     */
    boolean ruled;
    Assignment latestIssued;

    static String claimKey(Holding h) { return key(h.holder(), h.seq()); }

    static String key(PeerId holder, long seq) { return holder + "/" + seq; }

    /**
     * A holding's key among the proofs: holder, number and window, and for a layered coin its depth and who layered it,
     * so that a layer and an assignment with one holder and number are filed apart.
     */
    private static String holdingKey(Holding h) {
        String key = h.holder() + "/" + h.seq() + "/" + h.base().rb() + "/" + h.base().re();
        return h instanceof LayeredCoin l ? key + "/" + l.layers() + "/" + l.relinquisher() : key;
    }

    /** The relinquishment on file that gives up exactly {@code h}, or null. */
    Relinquishment proofOf(Holding h) {
        Relinquishment p = proofs.get(holdingKey(h));
        return p != null && refutes(p, h) ? p : null;
    }

    /**
     * Whether {@code p} gives up the claim {@code c}. The broker's and the owner's answers to one request are one
     * assignment (Section 3), so a refusal of either gives up both; but the two branches of a serial printed twice can
     * reach one payee as alike assignments (from either signer, or from the broker twice, on appeals), and the payee
     * refuses the second as the sibling it is ({@code Holder#mayRefuse}). A payee's refusal of one assignment therefore
     * gives up an alike other one only if that answered a payment from the refusal's payer: the broker knows what it
     * signed each of its assignments for, and the owner's trail, once handed in, what the owner signed its own for. An
     * owner's assignment whose cause the broker does not know yet stands against a refusal of the broker's: a dispute
     * puts it to the owner.
     */
    boolean refutes(Relinquishment p, Holding c) {
        if (!p.relinquishes(c)) return false;
        if (!(p instanceof Refusal ref) || !(c instanceof Assignment a) || ref.refused().equals(c)) return true;
        Relinquishment cause = a.byBroker() ? issuedBecause(a) : ownerCause(a);
        if (cause != null) return cause.relinquisher().equals(ref.payer());
        return a.byBroker() || !ref.refused().base().byBroker();
    }

    /** Whether {@code a} and {@code b} give up one holding, each in {@link #refutes}' sense: else they are no double spend. */
    boolean giveUpOneHolding(Relinquishment a, Relinquishment b) { return refutes(a, b.given()) && refutes(b, a.given()); }

    /** The relinquishment in the owner's handed-in trail that {@code a}, an owner's assignment, answered, or null. */
    private Relinquishment ownerCause(Assignment a) {
        for (Relinquishment d : deposited) if (d.recipient().equals(a.holder()) && d.nextSeq() == a.seq()) return d;
        return null;
    }

    /** The relinquishment the broker acted on when it signed {@code a}, or null. */
    private Relinquishment issuedBecause(Assignment a) {
        for (Map.Entry<String, Assignment> e : issuedFor.entrySet()) if (e.getValue().equals(a)) return proofs.get(e.getKey());
        return null;
    }

    /** The relinquishment on file or handed in by the owner that gives up exactly {@code h}, or null. */
    Relinquishment givingUp(Holding h) { return givingUp(h, true); }

    /** As {@link #givingUp(Holding)}; with {@code excuseRefused}, a handed-in layer its payee refused proves nothing. */
    private Relinquishment givingUp(Holding h, boolean excuseRefused) {
        Relinquishment p = proofOf(h);
        if (p != null) return p;
        for (Relinquishment d : deposited) if (refutes(d, h) && !(excuseRefused && refusedBack(d, deposited))) return d;
        return null;
    }

    /**
     * Whether {@code p} is a layer its payee refused, with a refusal filed here for which nothing came back (the coin
     * was void, cashed or expired): its payer kept the holding the layer would have given up, so the layer proves
     * nothing against it. The payee's later use of the layer is the payee's double spend instead. Not so for a refusal
     * that came late ({@link #late}): the payee had passed the layer on before, so the layer did change hands.
     */
    boolean refusedBack(Relinquishment p, List<Relinquishment> proofs) {
        if (!(p instanceof LayeredCoin l)) return false;
        Relinquishment refusal = proofOf(l);
        return keptBy(refusal) && !late(refusal, proofs);
    }

    /**
     * Whether {@code p} is a refusal filed here for which nothing came back: the broker told its payer to keep what it
     * held. Not if the owner handed the same refusal in: it is in the owner's trail, so the owner took the coin back
     * for it (a refusal has no nonce, and a payee may sign the very same one twice).
     */
    private boolean keptBy(Relinquishment p) {
        return p instanceof Refusal && issuedFor(p) == null && p.equals(proofs.get(holdingKey(p.given()))) && !deposited.contains(p);
    }

    /** The claim the broker had paid when it filed each refusal for which nothing came back (absent: none). */
    private final Map<Relinquishment, Holding> paidWhenKept = new HashMap<>();

    /** Files a refusal for which nothing came back, with what the broker had paid on the coin by then. */
    boolean keepRefusal(Refusal refusal) {
        if (!keep(refusal)) return false;
        if (paid != null) paidWhenKept.put(refusal, paid);
        return true;
    }

    /**
     * Whether a refusal for which nothing came back was filed after the coin had moved on from another message of the
     * same refuser giving up the same holding: the broker had by then paid a claim at least as far along as that
     * message's branch. The refuser had held and passed on what it later refused, so its refusal undoes nothing.
     */
    private boolean late(Relinquishment refusal, List<Relinquishment> proofs) {
        Holding paidThen = paidWhenKept.get(refusal);
        if (paidThen == null) return false;
        for (Relinquishment x : proofs) {
            if (x.equals(refusal) || !x.relinquisher().equals(refusal.relinquisher()) || !x.relinquishes(refusal.given())) continue;
            if (paidThen.seq() >= x.nextSeq()) return true;
        }
        return false;
    }

    /**
     * {@code proofs} with the refusals for which nothing came back first, the rest in their order. Such a refusal is
     * the broker's own earlier word to the payer (keep what you hold), which no owner's trail can know of; a later
     * message of the refuser giving up the same layer conflicts with it and is the one whose branch is void. A late
     * refusal keeps its place.
     */
    List<Relinquishment> keptFirst(List<Relinquishment> proofs) {
        List<Relinquishment> kept = new ArrayList<>(), rest = new ArrayList<>(proofs.size());
        for (Relinquishment p : proofs) (keptBy(p) && !late(p, proofs) ? kept : rest).add(p);
        kept.addAll(rest);
        return kept;
    }

    /** Files a relinquishment unless one of the same holding is on file; returns whether it was filed. */
    boolean keep(Relinquishment p) { return proofs.putIfAbsent(holdingKey(p.given()), p) == null; }

    /** What the broker issued for each relinquishment it acted on, by the holding given up: a retry gets the same. */
    private final Map<String, Assignment> issuedFor = new HashMap<>();

    /** Files a relinquishment the broker acted on, replacing one of the same holding, with what it issued for it. */
    void file(Relinquishment p, Assignment issued) {
        proofs.put(holdingKey(p.given()), p);
        issuedFor.put(holdingKey(p.given()), issued);
        latestIssued = issued;
    }

    /** What the broker issued for exactly this relinquishment, or null. */
    Assignment issuedFor(Relinquishment p) {
        Relinquishment filed = proofs.get(holdingKey(p.given()));
        return filed != null && filed.message().equals(p.message()) ? issuedFor.get(holdingKey(p.given())) : null;
    }

    /**
     * A relinquishment on file, or handed in by the owner, by {@code holder} of its assignment {@code seq} (any one, if
     * it had several), or null: what a void branch's holding was given up for.
     */
    private Relinquishment by(PeerId holder, long seq) {
        Relinquishment refusal = null;
        for (List<Relinquishment> from : List.of(new ArrayList<>(proofs.values()), deposited)) {
            for (Relinquishment p : from) {
                if (p.relinquishedSeq() != seq || !p.relinquisher().equals(holder)) continue;
                // a refusal hands someone else's layer back, which is not how the holder's own coin went on
                if (!(p instanceof Refusal)) return p;
                if (refusal == null) refusal = p;
            }
        }
        return refusal;
    }

    /**
     * What the broker knows without asking the owner: the refusals it told payers to keep their holdings on
     * ({@link #keptFirst}), its deposited trail (it defines the valid chain), then its own proofs.
     */
    List<Relinquishment> knownProofs() {
        List<Relinquishment> out = new ArrayList<>(deposited);
        out.addAll(proofs.values());
        return keptFirst(out);
    }

    /**
     * Every relinquishment the broker holds on this coin: its known proofs, then the layers inside the claims it has
     * seen (paid, waiting and settled as void). Two of them giving up one holding convict their signer.
     */
    List<Relinquishment> evidence() {
        List<Relinquishment> out = knownProofs();
        List<Holding> seen = new ArrayList<>(pending);
        if (paid != null) seen.add(paid);
        seen.addAll(settledVoid);
        for (Holding c : seen) for (Holding cur = c; cur instanceof LayeredCoin l; cur = l.inner()) out.add(l);
        return out;
    }

    /**
     * Every holding the broker keeps on this coin: the paid, waiting and settled claims, and what each proof on file or
     * handed in gives up. An owner's assignment may reach the broker only inside a holder's request or a payee's refusal.
     */
    List<Holding> seenHoldings() {
        List<Holding> seen = new ArrayList<>(pending);
        if (paid != null) seen.add(paid);
        seen.addAll(settledVoid);
        for (Relinquishment p : proofs.values()) seen.add(p.given());
        for (Relinquishment p : deposited) seen.add(p.given());
        return seen;
    }

    /** Whether a layer inside {@code h} gives up exactly the holding {@code c}. */
    static boolean givesUp(Holding h, Holding c) {
        for (Holding cur = h; cur instanceof LayeredCoin l; cur = l.inner()) if (l.relinquishes(c)) return true;
        return false;
    }

    /** Whether any level of a holding is void (it descends from a proven double spend). */
    boolean isVoid(Holding h) {
        for (Holding cur = h; ; ) {
            if (voided.contains(claimKey(cur))) return true;
            if (cur instanceof LayeredCoin l) cur = l.inner(); else return false;
        }
    }

    /**
     * Marks the branch {@code again} started void: what it handed over to its recipient and, through the broker's own
     * records and the proofs its owner handed in, every claim derived from it. Each step follows the relinquishment that
     * gives up exactly the holding handed over (a layer is its own holding; a request or refusal the broker acted on
     * handed over what the broker issued for it); where that holding is unknown (the owner issued it), it follows the
     * holder's relinquishment of that number.
     */
    void voidLineage(Relinquishment again) {
        PeerId holder = again.recipient();
        long seq = again.nextSeq();
        Holding head = handedOver(again);
        while (voided.add(key(holder, seq))) {
            Relinquishment next = head != null ? givingUp(head, false) : by(holder, seq);
            if (next == null) return;
            holder = next.recipient();
            seq = next.nextSeq();
            head = handedOver(next);
        }
    }

    /** What a relinquishment handed over, when the broker knows it: the layer itself, or what the broker issued for it. */
    private Holding handedOver(Relinquishment p) {
        return p instanceof LayeredCoin l ? l : issuedFor(p);
    }

    /**
     * Keeps the proofs of an owner's answer (in a dispute or to an appeal) beside its deposits, as many as fit, and says
     * how many were new: a claim presented later is checked against them, so a holder that gave up a holding in the
     * owner's trail and again in a layer inside that claim is convicted (Theorem 1), and an owner's assignment is read
     * with the request it answered ({@link #refutes}).
     */
    int keepAnswered(List<Relinquishment> answer) {
        int kept = 0;
        for (Relinquishment p : answer) {
            if (deposited.size() >= Arbitration.MAX_DEPOSITED) break;
            if (!deposited.contains(p)) {
                deposited.add(p);
                kept++;
            }
        }
        return kept;
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
