package org.ppay.core.broker;

import org.ppay.core.cost.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.Relinquishment;
import org.ppay.core.role.AuditTrail;
import org.ppay.core.role.RoleContext;
import org.ppay.core.role.Detection;
import org.ppay.core.role.FraudEvidence;

/**
 * Proven fraud and what it costs (Section 4.2): the culprit pays for the fake coins plus the penalty, deposit
 * first; a holder's fake coins go into escrow for the victims left with void coins; repeat offenders are booted.
 * Every conviction is recorded as a {@link Detection} (Theorem 1: every fraud is detected and attributed).
 */
final class Punishment {
    private final Params params;
    private final RoleContext ctx;
    private final Books books;
    private final CoinRecords coins;
    private final List<Detection> detections = new ArrayList<>();
    /** Double-spent assignments already penalised: the penalty is charged once per assignment given up twice. */
    private final Set<String> punishedEvidence = new HashSet<>();

    Punishment(RoleContext ctx, Books books, CoinRecords coins) {
        this.params = ctx.params();
        this.ctx = ctx;
        this.books = books;
        this.coins = coins;
    }

    List<Detection> detections() { return Collections.unmodifiableList(detections); }

    /** Punishes a proven double spend by a holder (Section 4.2) and makes its victim whole. */
    Detection punish(FraudEvidence ev) throws PPayException {
        if (AuditTrail.same(ev.first(), ev.second())) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "identical messages prove nothing");
        ctx.verify(Task.ARBITRATION, ev.accused(), ev.first().signedBytes(), ev.first().sig(), "evidence");
        ctx.verify(Task.ARBITRATION, ev.accused(), ev.second().signedBytes(), ev.second().sig(), "evidence");
        books.known(ev.accused());
        CoinRecord r = coins.of(ev.first().coinId());
        List<Relinquishment> evidence = r.evidence();
        if (r.refusedBack(ev.first(), evidence) || r.refusedBack(ev.second(), evidence)) {
            // the owner cannot know the layer's payee refused it back to its payer, who kept the holding: the layer gave
            // nothing up, so it is no double spend of the payer's (the payee spending it is the one at fault)
            throw new PPayException(ErrorCode.INVALID_ARGUMENT, "the layer in this evidence was refused by its payee, and its payer kept the holding");
        }
        if (!r.giveUpOneHolding(ev.first(), ev.second())) {
            // a payee's refusal of the broker's assignment and its payment of the owner's alike one (or the other way
            // round) give up two holdings, not one, unless the two answered one payment (CoinRecord#refutes)
            throw new PPayException(ErrorCode.INVALID_ARGUMENT, "the refusal in this evidence gave up another assignment, alike to the one paid on");
        }
        boolean handedOver = ev.victim() != null && !ev.victim().equals(ev.accused());
        // a second message its owner refused on the spot created nothing; one the broker acted on (a renewal the
        // culprit got through the downtime protocol) did, even if only the culprit holds it
        boolean exists = handedOver || ev.second().equals(r.proofOf(ev.second().given()));
        return convictHolder(ev.first(), ev.second(), handedOver, exists);
    }

    /**
     * The holder of {@code again} gave up what {@code onFile} already gave up: convicts it when the two are different
     * messages giving up one holding, and returns the refusal to give either way. A relinquishment of another
     * holding with the same sequence number (a serial printed twice) is refused without convicting anyone.
     */
    PPayException doubleSpend(Relinquishment onFile, Relinquishment again, boolean handedOver) {
        if (!coins.of(onFile.coinId()).refutes(onFile, again.given())) {
            return new PPayException(ErrorCode.STALE_SEQUENCE, "seq " + onFile.relinquishedSeq() + " of this serial was given up in another assignment");
        }
        if (onFile.conflictsWith(again)) convictHolder(onFile, again, handedOver, handedOver);
        return new PPayException(ErrorCode.RELINQUISHED, onFile.relinquisher() + " already relinquished seq " + onFile.relinquishedSeq());
    }

    /**
     * Convicts every signer that gave one holding up in two different messages (Section 4.1), among {@code proofs}
     * (the owner's first: its trail defines the valid chain) and the layers inside {@code claims}. What the later
     * message handed over is void, with a fake coin in escrow for whoever ends up holding it.
     */
    List<Detection> convictConflicts(CoinRecord r, List<Relinquishment> proofs, List<Holding> claims) {
        List<Detection> found = new ArrayList<>();
        Map<Long, List<Relinquishment>> seen = new HashMap<>();
        // e.g. the owner's trail against a request the broker served while the owner was down: the broker handed
        // the later one's assignment over. A layer its payee refused, with nothing given back, gave nothing up.
        for (Relinquishment p : proofs) {
            if (r.refusedBack(p, proofs)) continue;
            Relinquishment f = firstConflict(r, seen, p);
            if (f != null) found.add(convictHolder(f, p, true, true));
        }
        for (Holding c : claims) {
            for (Holding cur = c; cur instanceof LayeredCoin l; cur = l.inner()) {
                if (r.refusedBack(l, proofs)) continue;
                Relinquishment f = firstConflict(r, seen, l);
                if (f != null) found.add(convictHolder(f, l, true, true));
            }
        }
        return found;
    }

    /** The message on file giving up what p gives up, if p is a different one; p is filed when it is new. */
    private static Relinquishment firstConflict(CoinRecord r, Map<Long, List<Relinquishment>> seen, Relinquishment p) {
        List<Relinquishment> same = seen.computeIfAbsent(p.relinquishedSeq(), k -> new ArrayList<>(2));
        for (Relinquishment f : same) {
            // alike holdings answering different payments are two holdings (CoinRecord#refutes): no double spend
            if (r.giveUpOneHolding(f, p)) return f.conflictsWith(p) ? f : null;
        }
        same.add(p);
        return null;
    }

    /**
     * Charges a proven holder double spend (Section 4.2): the penalty once per double-spent holding, and, when
     * {@code again} handed the holding to someone else, a fake coin held in escrow until whoever is left with that
     * void branch presents it. The branch {@code again} started, if it {@code exists} (it was acted on), and every claim
     * the broker derived from it, is void.
     */
    Detection convictHolder(Relinquishment onFile, Relinquishment again, boolean handedOver, boolean exists) {
        PeerId culprit = onFile.relinquisher();
        CoinId coin = onFile.coinId();
        CoinRecord r = coins.of(coin);
        PeerId next = again.recipient();
        long fake = 0;
        String branch = CoinRecord.key(next, again.nextSeq());
        if (handedOver && !next.equals(culprit) && books.account(next).isPresent() && !r.voided.contains(branch)) {
            r.escrow++;
            books.escrowIn();
            fake = params.coinValue();
        }
        if (exists) r.voidLineage(again);
        return convictHolder(culprit, coin, onFile.relinquishedSeq(), fake);
    }

    /**
     * A void claim settled earlier (refunded from escrow, or kept after cashing) whose holder had given that holding
     * up in a layer inside {@code h}: the holder took the refund for a coin it passed on, so it pays the coin back into
     * escrow, for whoever holds the branch it layered to, plus the penalty once (Section 4.2).
     */
    void convictSettledVoid(CoinRecord r, Holding h) {
        if (r.settledVoid.isEmpty()) return;
        List<Relinquishment> evidence = r.evidence();
        for (Holding cur = h; cur instanceof LayeredCoin l; cur = l.inner()) {
            if (r.refusedBack(l, evidence)) continue;       // its payee refused it and the payer kept its holding
            for (java.util.Iterator<Holding> it = r.settledVoid.iterator(); it.hasNext(); ) {
                Holding c = it.next();
                if (!l.relinquishes(c)) continue;
                it.remove();
                r.escrow++;
                books.escrowIn();
                convictHolder(c.holder(), c.coin().id(), c.seq(), params.coinValue());
            }
        }
    }

    /**
     * An owner that signed two different assignments of one coin with one sequence number issued the coin twice
     * (Section 4.1), whatever its holders then did with either: an honest owner never does, for a take-back or a
     * renewal moves the number on, and the broker's assignments are left out. Checked where one of the two would
     * otherwise be refused without being set beside the other (a claim refuted by its holder's own refusal, a
     * refused take-back, a ruling), among every holding the broker keeps on the coin: claims, and what its proofs
     * give up. The owner pays the penalty once per coin; no fake coin, since that claim stands nowhere. Returns the
     * conviction made now, or null.
     */
    Detection convictTwin(CoinRecord r, Holding h) { return convictTwin(r, h, List.of()); }

    /** As {@link #convictTwin(CoinRecord, Holding)}, setting {@code h} beside {@code others} too (a ruling's claims). */
    Detection convictTwin(CoinRecord r, Holding h, List<Holding> others) {
        List<Holding> seen = r.seenHoldings();
        seen.addAll(others);
        seen.add(h);
        Map<Long, Assignment> bySeq = new HashMap<>();
        for (Holding c : seen) {
            Assignment b = c.base();
            if (b.byBroker()) continue;
            Assignment first = bySeq.putIfAbsent(b.seq(), b);
            if (first == null || first.sameAs(b)) continue;
            if (!punishedEvidence.add(issuedTwice(b.coin().id()))) return null;
            return punish(b.coin().owner(), b.coin().id(), Detection.Kind.OWNER_DOUBLE_SPEND, 0);
        }
        return null;
    }

    private static String issuedTwice(CoinId coin) { return coin + "/issued twice"; }

    /**
     * An owner whose coin a ruling found standing with more than one holder pays for every extra coin; the penalty once
     * per coin, so not again when {@link #convictTwin} already proved the coin issued twice (Section 4.2).
     */
    Detection convictOwnerOfStandingClaims(CoinId coin, long fakes) {
        boolean first = punishedEvidence.add(issuedTwice(coin));
        return charge(coin.owner(), coin, Detection.Kind.OWNER_DOUBLE_SPEND, fakes, first ? params.penalty() : 0);
    }

    /** Charges the penalty for a double-spent holding once, and {@code fake} on top. */
    Detection convictHolder(PeerId culprit, CoinId coin, long seq, long fake) {
        boolean first = punishedEvidence.add(coin + "/" + seq + "/" + culprit);
        if (!first && fake == 0) return new Detection(culprit, coin, Detection.Kind.HOLDER_DOUBLE_SPEND);
        return charge(culprit, coin, Detection.Kind.HOLDER_DOUBLE_SPEND, fake, first ? params.penalty() : 0);
    }

    /** Charges fake coins plus the penalty (Section 4.2). */
    Detection punish(PeerId culprit, CoinId coin, Detection.Kind kind, long fakeValue) {
        return charge(culprit, coin, kind, fakeValue, params.penalty());
    }

    private Detection charge(PeerId culprit, CoinId coin, Detection.Kind kind, long fakeValue, long penalty) {
        books.charge(books.of(culprit), fakeValue, penalty);
        coins.of(coin).ruled = true;
        Detection d = new Detection(culprit, coin, kind);
        detections.add(d);
        return d;
    }

    /**
     * Renewal-window tampering (Section 5.3) that the assignment itself proves: a window of the wrong length,
     * or one that had closed before the assignment was issued. The owner pays the coin to {@code victim}
     * (the holder it cheated) plus the penalty.
     */
    Detection punishTampering(Assignment bad, PeerId victim) throws PPayException {
        if (bad.byBroker()) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "the broker does not tamper");
        ctx.verifyAssignment(Task.ARBITRATION, bad);
        if (!evidentlyTampered(bad)) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "this assignment's window is not evidently tampered");
        PeerId owner = bad.coin().owner();
        books.known(owner);
        String evidence = bad.coin().id() + "/" + bad.seq() + "/" + bad.holder() + "/tampered";
        if (!punishedEvidence.add(evidence)) return new Detection(owner, bad.coin().id(), Detection.Kind.WINDOW_TAMPERING);   // reported twice
        long fake = 0;
        if (victim != null && !victim.equals(owner) && books.account(victim).isPresent()) {
            books.of(victim).balance += params.coinValue();
            fake = params.coinValue();
            CoinRecord r = coins.of(bad.coin().id());
            r.voided.add(CoinRecord.key(victim, bad.seq() - 1));        // the holding it gave up for the tampered one
            r.refunded.add(CoinRecord.key(victim, bad.seq() - 1));      // ... for which it was just paid
        }
        return punish(owner, bad.coin().id(), Detection.Kind.WINDOW_TAMPERING, fake);
    }

    /** Whether an owner-signed assignment proves tampering by itself: a window of the wrong length, or closed when issued. */
    boolean evidentlyTampered(Assignment a) {
        return a.re() - a.rb() != params.renewalWait() || a.re() < a.ts();
    }

    /** Owner-side fraud proven outside cashing (wrongful denial, window tampering): penalty only. */
    Detection punishOwner(PeerId owner, CoinId coin, Detection.Kind kind) throws PPayException {
        books.known(owner);
        return punish(owner, coin, kind, 0);
    }
}
