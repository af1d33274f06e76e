package org.ppay.core.broker;

import org.ppay.core.cost.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.cost.CostAction;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.Refusal;
import org.ppay.core.msg.Relinquishment;
import org.ppay.core.msg.RenewalRequest;
import org.ppay.core.role.AuditTrail;
import org.ppay.core.role.RoleContext;
import org.ppay.core.role.Owner;

/**
 * The downtime protocol (Sections 3 and 5.3): the broker reassigns or renews a coin whose owner is offline,
 * signing "the same assignment" the owner would (eq. 5), charges the broker fee to holder and owner alike,
 * and stores the request for the owner, who audits it when it comes back.
 */
final class Downtime {
    private final Params params;
    private final RoleContext ctx;
    private final Books books;
    private final CoinRecords coins;
    private final Punishment punishment;
    private final Map<PeerId, List<Owner.BrokerAction>> stored = new HashMap<>();

    Downtime(RoleContext ctx, Books books, CoinRecords coins, Punishment punishment) {
        this.params = ctx.params();
        this.ctx = ctx;
        this.books = books;
        this.coins = coins;
        this.punishment = punishment;
    }

    /** Reassigns a coin whose owner is offline (eq. 5), at the broker fee to both holder and owner. */
    Assignment reassign(ReassignmentRequest req, long now) throws PPayException {
        ctx.meter().received(Task.REASSIGN, req);
        Holding h = req.current();
        CoinRecord r = downtimeChecks(Task.REASSIGN, h, h.holder(), now);
        ctx.verify(Task.REASSIGN, h.holder(), req.signedBytes(), req.sig(), "reassignment request");
        Assignment replay = replayOf(r, req, h);
        if (replay != null) return replay;
        notIssuedBefore(r, h);
        chargeFee(h.holder(), h);
        Assignment base = h.base();
        Assignment a = sign(Task.REASSIGN, req.newHolder(), h.seq() + 1, now, base.rb(), base.re(), h);
        record(Task.REASSIGN, r, h, req, a);
        return a;
    }

    /**
     * Gives a refused holding back to its payer: the refusal is the refuser's relinquishment, the payer pays the fee.
     * Neither the payer's balance nor the refuser's standing may stop it: a payer left without its coin while the
     * refuser keeps the payer's signed layer would be convicted when both are cashed. The fee may therefore take the
     * payer's balance below zero, a debt like an unpaid penalty (Section 4.2). When nothing can come back (the coin is
     * void, cashed or expired), the refusal is filed all the same, for it refutes a copy the refuser kept.
     */
    Assignment takeBack(Refusal refusal, long now) throws PPayException {
        ctx.meter().received(Task.REASSIGN, refusal);
        Holding h = refusal.refused();
        books.active(refusal.payer());
        books.known(h.holder());
        books.known(h.coin().owner());
        ctx.verifyHolding(Task.REASSIGN, h);
        ctx.verify(Task.REASSIGN, h.holder(), refusal.signedBytes(), refusal.sig(), "refusal");
        CoinRecord r = coins.of(h.coin().id());
        try {
            Assignment replay = replayOf(r, refusal, h);
            if (replay != null) return replay;
            coinChecks(Task.REASSIGN, h, now);
            notIssuedBefore(r, h);
        } catch (PPayException nothingComesBack) {
            boolean filed = r.keepRefusal(refusal);
            if (filed) ctx.meter().add(Task.REASSIGN, CostAction.PROOF_STORED);
            // the payer layered away a holding the broker had already paid it for: its cash and its layer give one
            // holding up twice, whatever the payee then did with the layer (Section 4.1)
            boolean cashedFirst = r.paid != null && r.paid.holder().equals(refusal.payer()) && CoinRecord.givesUp(h, r.paid);
            if (cashedFirst) punishment.convictHolder(refusal.payer(), h.coin().id(), r.paid.seq(), 0);
            boolean twin = punishment.convictTwin(r, h) != null;
            if (filed || cashedFirst || twin) filedOnly++;
            throw nothingComesBack;
        }
        chargeFee(refusal.payer(), h);
        Assignment base = h.base();
        Assignment a = sign(Task.REASSIGN, refusal.payer(), h.seq() + 1, now, base.rb(), base.re(), h);
        record(Task.REASSIGN, r, h, refusal, a);
        return a;
    }

    /** Renews a coin whose owner is offline (Section 5.3), at the broker fee to both sides. */
    Assignment renew(RenewalRequest req, long now) throws PPayException {
        ctx.meter().received(Task.RENEW, req);
        Holding h = req.current();
        CoinRecord r = downtimeChecks(Task.RENEW, h, h.holder(), now);
        ctx.verify(Task.RENEW, h.holder(), req.signedBytes(), req.sig(), "renewal request");
        Assignment replay = replayOf(r, req, h);
        if (replay != null) return replay;
        notIssuedBefore(r, h);
        Assignment base = h.base();
        if (now < base.rb()) throw new PPayException(ErrorCode.NOT_YET_RENEWABLE, "renewal window opens at " + base.rb());
        chargeFee(h.holder(), h);
        Assignment a = sign(Task.RENEW, h.holder(), h.seq() + 1, now, base.rb() + params.renewalWait(), base.rb() + 2 * params.renewalWait(), h);
        record(Task.RENEW, r, h, req, a);
        return a;
    }

    /** Refusals filed although nothing could be given back: a refused request that changed the broker's records. */
    long filedOnly() { return filedOnly; }

    private long filedOnly;

    /** Hands an owner that came back online the requests the broker handled for it (Section 3). */
    List<Owner.BrokerAction> takeStored(PeerId owner) {
        List<Owner.BrokerAction> out = stored.remove(owner);
        return out == null ? List.of() : out;
    }

    /** Checks a holding the broker acts on, and that {@code payer} can pay the broker fee. */
    private CoinRecord downtimeChecks(Task task, Holding h, PeerId payer, long now) throws PPayException {
        CoinRecord r = holdingChecks(task, h, now);
        if (books.active(payer).balance() < params.brokerFee()) throw new PPayException(ErrorCode.INSUFFICIENT_FUNDS, "the broker fee is " + params.brokerFee());
        return r;
    }

    /** What the broker checks before acting on a holding: a live account, a valid chain, and a coin not cashed or void. */
    CoinRecord holdingChecks(Task task, Holding h, long now) throws PPayException {
        books.active(h.holder());
        return coinChecks(task, h, now);
    }

    private CoinRecord coinChecks(Task task, Holding h, long now) throws PPayException {
        books.known(h.holder());
        books.known(h.coin().owner());
        ctx.verifyHolding(task, h);
        RoleContext.notExpired(h, now);
        CoinRecord r = coins.of(h.coin().id());
        if (r.paid != null) throw new PPayException(ErrorCode.ALREADY_CASHED, "coin was cashed by " + r.paid.holder());
        if (r.isVoid(h)) throw new PPayException(ErrorCode.RELINQUISHED, "this coin descends from a proven double spend: claim a refund");
        if (r.isPending(h)) throw new PPayException(ErrorCode.ALREADY_CASHED, "this holding was handed in for cashing");
        return r;
    }

    /**
     * The assignment already issued for this very request (a retry is idempotent), or null if the request is new;
     * a different relinquishment of the same assignment on file, or handed in by the owner, is a double spend.
     */
    private Assignment replayOf(CoinRecord r, Relinquishment req, Holding h) throws PPayException {
        Relinquishment onFile = r.givingUp(h);
        if (onFile == null) {
            for (Holding cur = h; cur instanceof LayeredCoin l; cur = l.inner()) {
                Relinquishment p = r.proofOf(l.given());
                if (p != null && !AuditTrail.same(p, l)) throw punishment.doubleSpend(p, l, true);
            }
            return null;
        }
        Assignment issued = r.issuedFor(req);
        if (issued != null) return issued;
        throw punishment.doubleSpend(onFile, req, false);
    }

    /**
     * The broker never signs a number of a coin it signed before (Section 3: it acts as the owner would, and an honest
     * owner's numbers only rise), on an appeal ({@link Denials}) neither. A holding at or past which the broker has
     * already issued was superseded on a branch it knows of; its holder keeps it, and a claim with it goes to
     * arbitration beside the broker's issue. Issuing again would put two broker assignments with one number into the
     * system, which no proof could tell apart.
     */
    void notIssuedBefore(CoinRecord r, Holding h) throws PPayException { notIssuedBefore(r, h, List.of()); }

    /** As {@link #notIssuedBefore(CoinRecord, Holding)}, with holdings the step was shown besides (an owner's answer). */
    void notIssuedBefore(CoinRecord r, Holding h, List<Holding> shown) throws PPayException {
        if (r.latestIssued != null && h.seq() + 1 <= r.latestIssued.seq()) {
            punishment.convictTwin(r, h, shown);       // the other branch may be an owner's second print: it is not kept
            throw new PPayException(ErrorCode.STALE_SEQUENCE, "the broker issued seq " + r.latestIssued.seq() + " of this coin already");
        }
    }

    /** The broker fee, to the peer that asked and to the owner alike (Section 3). */
    private void chargeFee(PeerId payer, Holding h) {
        books.chargeFee(books.of(payer), params.brokerFee());
        books.chargeFee(books.of(h.coin().owner()), params.brokerFee());
    }

    /** Signs an assignment as the owner would (eq. 5), sent to both old and new holder. */
    Assignment sign(Task task, PeerId holder, long seq, long now, long rb, long re, Holding h) {
        Assignment a = new Assignment(holder, seq, now, rb, re, h.coin(), true,
            ctx.sign(task, Assignment.signedBytes(holder, seq, now, rb, re, h.coin())));
        ctx.meter().sent(task, a);
        ctx.meter().sent(task, a);
        return a;
    }

    /** Keeps the request (and the layers under it) as proofs and stores the action for the owner's audit. */
    void record(Task task, CoinRecord r, Holding h, Relinquishment req, Assignment issued) {
        coins.keepLayerProofs(task, r, h);
        r.file(req, issued);
        ctx.meter().add(task, CostAction.PROOF_STORED);
        stored.computeIfAbsent(h.coin().owner(), k -> new ArrayList<>()).add(new Owner.BrokerAction(req, issued));
    }
}
