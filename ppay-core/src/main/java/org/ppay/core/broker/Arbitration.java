package org.ppay.core.broker;

import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.msg.ArbitrationRequest;
import org.ppay.core.msg.ArbitrationResponse;
import org.ppay.core.msg.CashReceipt;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.Relinquishment;
import org.ppay.core.role.RoleContext;
import org.ppay.core.role.Detection;

/**
 * Conflicting claims on one coin (Section 4.1): "if multiple coins with the same owner and serial number are
 * cashed, the broker will ask the owner of the coin to prove the invalidity of one or both of the assignments".
 * A claim the owner refutes is its holder's fraud; if more than one claim stands, the owner double-spent.
 */
final class Arbitration {
    private final Params params;
    private final RoleContext ctx;
    private final Books books;
    private final CoinRecords coins;
    private final Punishment punishment;

    Arbitration(RoleContext ctx, Books books, CoinRecords coins, Punishment punishment) {
        this.params = ctx.params();
        this.ctx = ctx;
        this.books = books;
        this.coins = coins;
        this.punishment = punishment;
    }

    /** Pays the claim out of the coin's prepaid value: the coin leaves circulation. */
    CashReceipt pay(Task task, CoinRecord r, Holding h, Books.Account holder, long now) {
        books.of(h.coin().owner()).prepaid -= params.coinValue();
        credit(task, r, h, holder, now);
        return r.receipt;
    }

    /** Credits a claim (coin value less the cash fee) and signs its receipt. */
    private void credit(Task task, CoinRecord r, Holding h, Books.Account holder, long now) {
        long credited = books.creditCash(holder);
        CoinId id = h.coin().id();
        r.paid = h;
        r.receipt = new CashReceipt(id, h.holder(), h.seq(), credited, now,
            ctx.sign(task, CashReceipt.signedBytes(id, h.holder(), h.seq(), credited, now)));
        ctx.meter().sent(task, r.receipt);
    }

    ArbitrationRequest request(Task task, CoinId coin, CoinRecord r) {
        List<Holding> claims = r.claims();
        ArbitrationRequest req = new ArbitrationRequest(coin, claims, ctx.sign(task, ArbitrationRequest.signedBytes(coin, claims)));
        ctx.meter().sent(task, req);
        return req;
    }

    /** The arbitration request for an open dispute, to hand to its owner (again, e.g. when it returns). */
    Optional<ArbitrationRequest> disputeFor(CoinId coin) {
        CoinRecord r = coins.find(coin);
        return r == null || r.pending.isEmpty() ? Optional.empty() : Optional.of(request(Task.ARBITRATION, coin, r));
    }

    /**
     * Rules on an owner's answer (Section 4.1): a claim whose holder the owner proves relinquished it is
     * fraud by that holder; if more than one claim stands, the owner double-spent. Cheated holders are made
     * whole; culprits pay for the fake coins plus the penalty (Section 4.2).
     */
    List<Detection> resolve(ArbitrationResponse resp, long now) throws PPayException {
        ctx.meter().received(Task.ARBITRATION, resp);
        CoinRecord r = coins.find(resp.coin());
        boolean open = r != null && !r.pending.isEmpty();
        if (!open) books.active(resp.coin().owner());
        ctx.verify(Task.ARBITRATION, resp.coin().owner(), resp.signedBytes(), resp.ownerSig(), "arbitration response");
        List<Relinquishment> proofs = new ArrayList<>();       // the owner's trail first: it defines the valid chain
        for (Relinquishment p : resp.proofs()) {
            ctx.verify(Task.ARBITRATION, p.relinquisher(), p.signedBytes(), p.sig(), "proof of relinquishment");
            proofs.add(p);
        }
        if (!open) {
            deposit(coins.of(resp.coin()), proofs);
            return List.of();
        }
        ctx.meter().add(Task.ARBITRATION, CostAction.PROOF_STORED, r.keepAnswered(proofs));
        proofs.addAll(r.knownProofs());
        return rule(resp.coin(), r, proofs, now);
    }

    /** Most proofs the broker keeps deposited for one coin; a trail longer than this is deposited in part. */
    static final int MAX_DEPOSITED = 4096;

    /**
     * Proofs an owner hands in with no dispute open, as it leaves formally (Section 4.2): a coin it recalled may still
     * have copies out, and once the owner is gone its trail must refute them, or a copy would stand beside the recalled
     * coin and convict the honest owner of issuing the coin twice. Every proof is a holder's own signed message, so a
     * deposit can only tell the truth.
     */
    private void deposit(CoinRecord r, List<Relinquishment> proofs) throws PPayException {
        List<Relinquishment> fresh = new ArrayList<>();
        for (Relinquishment p : proofs) if (!r.deposited.contains(p) && !fresh.contains(p)) fresh.add(p);
        if (r.deposited.size() + fresh.size() > MAX_DEPOSITED) {
            throw new PPayException(ErrorCode.DISPUTE_FULL, "the broker keeps at most " + MAX_DEPOSITED + " deposited proofs per coin");
        }
        r.deposited.addAll(fresh);
        ctx.meter().add(Task.ARBITRATION, CostAction.PROOF_STORED, fresh.size());
    }

    /** An owner that never answers (it vanished or left) refutes nothing. */
    List<Detection> defaultJudgement(CoinId coin, long now) {
        CoinRecord r = coins.find(coin);
        if (r == null || r.pending.isEmpty()) return List.of();
        return rule(coin, r, r.knownProofs(), now);
    }

    /**
     * The ruling on conflicting claims (Sections 4.1–4.2). Each claim is <em>refuted</em> (its own holder
     * relinquished it: the holder's fraud), <em>void</em> (it descends from someone else's proven double
     * spend, including one proven by two different layers inside the claims: its holder is a victim), or
     * <em>standing</em>. The coin's prepaid value backs one standing claim; every further standing claim is a
     * coin the owner issued twice, which the owner pays for.
     */
    List<Detection> rule(CoinId coin, CoinRecord r, List<Relinquishment> given, long now) {
        List<Detection> found = new ArrayList<>();
        List<Holding> claims = new ArrayList<>();
        if (r.paid != null) claims.add(r.paid);
        claims.addAll(r.pending);
        r.pending.clear();
        r.ruled = true;
        List<Relinquishment> proofs = r.keptFirst(given);
        found.addAll(punishment.convictConflicts(r, proofs, claims));
        for (Holding c : claims) for (Holding cur = c; cur instanceof LayeredCoin l; cur = l.inner()) proofs.add(l);

        Books.Account owner = books.of(coin.owner());
        List<Holding> standing = new ArrayList<>();
        for (Holding c : claims) {
            boolean refuted = proofs.stream().anyMatch(p -> r.refutes(p, c) && !r.refusedBack(p, proofs));
            if (refuted) {
                r.refuted.add(CoinRecord.claimKey(c));
                long fake = 0;
                if (c == r.paid) {                    // paid out: the culprit pays the fake coin back behind the coin
                    r.paid = null;
                    owner.prepaid += params.coinValue();
                    fake = params.coinValue();
                }
                found.add(punishment.convictHolder(c.holder(), coin, c.seq(), fake));   // the penalty once per holding
            } else if (r.isVoid(c)) {
                settleVoid(r, c, owner);
            } else {
                standing.add(c);
            }
        }
        long fakes = 0;
        for (Holding c : standing) {
            if (c == r.paid) continue;
            Books.Account holder = books.of(c.holder());
            if (r.paid == null) {
                pay(Task.ARBITRATION, r, c, holder, now);
            } else {
                fakes += params.coinValue();          // the owner pays for every extra coin it issued
                credit(Task.ARBITRATION, r, c, holder, now);
            }
        }
        if (standing.size() > 1) {
            found.add(punishment.convictOwnerOfStandingClaims(coin, fakes));
        } else {
            // a twin whose other branch was refuted or void here still proves the owner issued one number twice
            for (Holding c : claims) {
                Detection twin = punishment.convictTwin(r, c, claims);
                if (twin != null) { found.add(twin); break; }
            }
        }
        return found;
    }

    /**
     * A void claim's holder is a victim. Already paid from the coin's value, it keeps the money and the culprit's
     * escrowed fake coin (or, if that was spent on another refund, the broker's income) takes its place behind
     * the coin; presenting it now, it is refunded at once.
     */
    private void settleVoid(CoinRecord r, Holding c, Books.Account owner) {
        if (c == r.paid) {
            r.paid = null;
            if (r.escrow > 0) { r.escrow--; books.escrowOut(); } else { books.penaltyBacksCoin(); }
            owner.prepaid += params.coinValue();
        } else if (r.escrow > 0 && !r.refunded.contains(CoinRecord.claimKey(c))) {
            r.escrow--;
            books.escrowOut();
            books.of(c.holder()).balance += params.coinValue();
        }
        r.refunded.add(CoinRecord.claimKey(c));
        r.settledVoid.add(c);
    }
}
