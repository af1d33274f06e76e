package org.ppay.core.broker;

import org.ppay.core.cost.Task;
import java.util.List;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.msg.ArbitrationRequest;
import org.ppay.core.msg.CashRequest;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.RefundRequest;
import org.ppay.core.msg.Relinquishment;
import org.ppay.core.role.RoleContext;

/**
 * Cashing coins (Section 3) and refunding victims (Section 4.2). The broker records (owner, sn, holder, seq)
 * of every cashed coin; cashing the same claim again returns the same receipt, and a second, different claim
 * on the coin goes to arbitration (Section 4.1).
 */
final class Cashing {
    private final Params params;
    private final RoleContext ctx;
    private final Books books;
    private final CoinRecords coins;
    private final Punishment punishment;
    private final Arbitration arbitration;

    Cashing(RoleContext ctx, Books books, CoinRecords coins, Punishment punishment, Arbitration arbitration) {
        this.params = ctx.params();
        this.ctx = ctx;
        this.books = books;
        this.coins = coins;
        this.punishment = punishment;
        this.arbitration = arbitration;
    }

    /** Cashes a coin for its holder at coin value minus the cash fee, or opens (or joins) a dispute on it. */
    CashOutcome cash(CashRequest req, long now) throws PPayException {
        ctx.meter().received(Task.CASH, req);
        Holding h = req.holding();
        Books.Account holder = books.active(h.holder());
        books.known(h.coin().owner());
        ctx.verify(Task.CASH, h.holder(), req.signedBytes(), req.sig(), "cash request");
        ctx.verifyHolding(Task.CASH, h);
        RoleContext.notExpired(h, now);
        CoinRecord r = coins.of(h.coin().id());
        if (r.paid != null && r.paid.holder().equals(h.holder()) && r.paid.seq() == h.seq()) return new CashOutcome.Paid(r.receipt);
        if (r.refuted.contains(CoinRecord.claimKey(h))) throw new PPayException(ErrorCode.RELINQUISHED, "this claim was already refuted");
        try {
            refuteOwn(r, h);
        } catch (PPayException refuted) {
            if (!laterThanPaid(r, h)) throw refuted;
            // The claim is its holder's fraud, but it carries an assignment the owner issued after the one the broker
            // paid: only the owner's trail can say how the paid holding was given up (Section 4.1), so the dispute
            // goes to the owner all the same, and a paid double spender is not left standing.
            r.pending.add(h);
            return new CashOutcome.Disputed(arbitration.request(Task.CASH, h.coin().id(), r));
        }
        convictLayers(r, h, now);
        if (r.isVoid(h)) {
            // Refused, not punished: its holder is a victim; it gets its money through refund().
            throw new PPayException(ErrorCode.RELINQUISHED, "this coin descends from a proven double spend: claim a refund");
        }
        if (r.isPending(h)) return new CashOutcome.Disputed(arbitration.request(Task.CASH, h.coin().id(), r));
        if (r.paid == null && !r.ruled && r.pending.isEmpty() && (r.latestIssued == null || h.seq() >= r.latestIssued.seq())) {
            coins.keepLayerProofs(Task.CASH, r, h);
            return new CashOutcome.Paid(arbitration.pay(Task.CASH, r, h, holder, now));
        }
        if (!disputeFits(r, h)) {
            throw new PPayException(ErrorCode.DISPUTE_FULL, "the open dispute on " + h.coin().id() + " holds " + r.claims().size()
                + " claims, as many as one arbitration request carries: present this claim again once it is ruled");
        }
        r.pending.add(h);
        Books.Status ownerStatus = books.of(h.coin().owner()).status();
        if (ownerStatus == Books.Status.VANISHED || ownerStatus == Books.Status.CLOSED) {
            // No owner will ever answer: judge by default now (Section 4.2).
            arbitration.rule(h.coin().id(), r, r.knownProofs(), now);
            if (r.receipt != null && r.receipt.holder().equals(h.holder()) && r.receipt.seq() == h.seq()) return new CashOutcome.Paid(r.receipt);
            throw new PPayException(ErrorCode.RELINQUISHED, "the claim was refuted");
        }
        coins.keepLayerProofs(Task.CASH, r, h);
        return new CashOutcome.Disputed(arbitration.request(Task.CASH, h.coin().id(), r));
    }

    /**
     * A claim whose holder gave that very holding up in a message the broker holds (a downtime request, a layer, a
     * payee's refusal, a proof the owner handed in): the holder's double spend, caught by the broker alone. Checked
     * before the layers below it, so that a refuser presenting its kept copy is convicted, not the payer whose layer
     * it refused.
     */
    private void refuteOwn(CoinRecord r, Holding h) throws PPayException {
        Relinquishment own = r.givingUp(h);
        if (own == null) return;
        punishment.convictTwin(r, h);
        punishment.convictHolder(h.holder(), h.coin().id(), h.seq(), 0);
        r.refuted.add(CoinRecord.claimKey(h));
        throw new PPayException(ErrorCode.RELINQUISHED, h.holder() + " had relinquished seq " + h.seq() + " (on record at the broker)");
    }

    /** Whether {@code h} rests on an owner's assignment later than the paid claim, on a coin whose owner can still answer. */
    private boolean laterThanPaid(CoinRecord r, Holding h) {
        if (r.paid == null || h.base().byBroker() || h.base().seq() <= r.paid.seq() || r.isPending(h)) return false;
        Books.Status owner = books.of(h.coin().owner()).status();
        if (owner == Books.Status.VANISHED || owner == Books.Status.CLOSED) return false;
        return disputeFits(r, h);
    }

    /** Whether one arbitration request can carry the coin's claims with {@code h} among them. */
    private static boolean disputeFits(CoinRecord r, Holding h) {
        List<Holding> wouldAsk = r.claims();
        wouldAsk.add(h);
        return ArbitrationRequest.fits(wouldAsk);
    }

    /**
     * The layers of a presented holding are their signers' relinquishments (Section 5.2): one that gives up a holding
     * the broker already settled as void, or that conflicts with a relinquishment the broker holds, convicts its
     * signer before the claim is judged, even when the claim itself is void and only its refund is at stake.
     */
    private void convictLayers(CoinRecord r, Holding h, long now) {
        if (h.layers() == 0) return;
        punishment.convictSettledVoid(r, h);
        punishment.convictConflicts(r, r.evidence(), List.of(h));
        if (r.paid != null && CoinRecord.givesUp(h, r.paid)) {
            // the holder that was paid for the coin had layered it away: its claim is refuted after the fact
            List<Relinquishment> proofs = r.evidence();
            for (Holding cur = h; cur instanceof LayeredCoin l; cur = l.inner()) proofs.add(l);
            arbitration.rule(h.coin().id(), r, proofs, now);
        }
    }

    /**
     * Refunds a holder left with a void coin, one descending from a proven double spend, from the culprit's
     * escrowed payment: "the broker will guarantee refunds to cheated peers" (Section 4.2). Once per claim,
     * and never to a holder that gave the claim up itself. Returns the amount credited (0 if already refunded).
     */
    long refund(RefundRequest req, long now) throws PPayException {
        ctx.meter().received(Task.ARBITRATION, req);
        Holding h = req.holding();
        Books.Account holder = books.known(h.holder());
        ctx.verify(Task.ARBITRATION, h.holder(), req.signedBytes(), req.sig(), "refund request");
        ctx.verifyHolding(Task.ARBITRATION, h);
        CoinRecord r = coins.find(h.coin().id());
        if (r == null || !r.isVoid(h)) throw new PPayException(ErrorCode.NOT_AUTHORIZED, "not a void coin: cash it instead");
        if (r.refunded.contains(CoinRecord.claimKey(h))) return 0;
        refuteOwn(r, h);
        convictLayers(r, h, now);
        if (r.escrow == 0) throw new PPayException(ErrorCode.INSUFFICIENT_FUNDS, "no refund is held for this coin");
        r.escrow--;
        books.escrowOut();
        r.refunded.add(CoinRecord.claimKey(h));
        r.settledVoid.add(h);
        holder.balance += params.coinValue();
        return params.coinValue();
    }
}
