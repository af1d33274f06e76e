package org.ppay.core.broker;

import org.ppay.core.cost.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CoinId;
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
        if (ev.victim() == null) {
            // No one else was handed the second branch, but the culprit may have (a renewed or layered copy): void it.
            coins.of(ev.first().coinId()).voidLineage(ev.second().recipient(), ev.second().relinquishedSeq() + 1);
        }
        return convictHolder(ev.accused(), ev.first().coinId(), ev.first().relinquishedSeq(), ev.victim(),
            ev.second().relinquishedSeq() + 1);
    }

    /**
     * The holder of {@code again} gave up the assignment {@code onFile} already relinquished: convicts it when
     * both are its own, and returns the refusal to give.
     */
    PPayException doubleSpend(Relinquishment onFile, Relinquishment again, PeerId victim) {
        PeerId culprit = onFile.relinquisher();
        if (again.relinquisher().equals(culprit)) {
            convictHolder(culprit, onFile.coinId(), onFile.relinquishedSeq(), victim, again.relinquishedSeq() + 1);
        }
        return new PPayException(ErrorCode.RELINQUISHED, culprit + " already relinquished seq " + onFile.relinquishedSeq());
    }

    /**
     * Charges a proven holder double spend (Section 4.2): the penalty once per double-spent assignment, and a
     * fake coin for every victim claim, held in escrow until the holder left with the void coin presents it.
     * The victim's claim and every claim the broker derived from it become void.
     */
    Detection convictHolder(PeerId culprit, CoinId coin, long seq, PeerId victim, long victimSeq) {
        CoinRecord r = coins.of(coin);
        long fake = 0;
        if (victim != null && !victim.equals(culprit) && books.account(victim).isPresent() && !r.voided.contains(CoinRecord.key(victim, victimSeq))) {
            r.voidLineage(victim, victimSeq);
            r.escrow++;
            books.escrowIn();
            fake = params.coinValue();
        }
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
