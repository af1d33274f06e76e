package org.ppay.core.broker;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.msg.ArbitrationRequest;
import org.ppay.core.msg.ArbitrationResponse;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CashRequest;
import org.ppay.core.msg.ChainReceipt;
import org.ppay.core.msg.ChainRedemption;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LimitCertificate;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.RawCoin;
import org.ppay.core.msg.RefundRequest;
import org.ppay.core.msg.Refusal;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.RenewalRequest;
import org.ppay.core.role.RoleContext;
import org.ppay.core.role.Detection;
import org.ppay.core.role.FraudEvidence;
import org.ppay.core.role.Owner;

/**
 * The trusted broker (Sections 3–5), needed only to issue, to cash, to act for offline owners and to arbitrate
 * fraud. Its parts: {@link Books} (accounts and money; money is conserved, {@link #conserved()}), issuing,
 * cashing, arbitration and punishment, the downtime protocol, and wrongful denials.
 */
public final class Broker {
    private final RoleContext ctx;
    private final Params params;
    private final Books books;
    private final CoinRecords coins;
    private final Issuing issuing;
    private final Punishment punishment;
    private final Arbitration arbitration;
    private final Cashing cashing;
    private final Downtime downtime;
    private final Denials denials;
    private final AccountDesk desk;
    private final Redemptions redemptions;

    /** A broker acting with {@code ctx}: its own key, and its own identity as the broker's. */
    public Broker(RoleContext ctx) {
        this.ctx = ctx;
        this.params = ctx.params();
        this.books = new Books(params);
        this.coins = new CoinRecords(ctx.meter());
        this.issuing = new Issuing(ctx, books);
        this.punishment = new Punishment(ctx, books, coins);
        this.arbitration = new Arbitration(ctx, books, coins, punishment);
        this.cashing = new Cashing(ctx, books, coins, punishment, arbitration);
        this.downtime = new Downtime(ctx, books, coins, punishment);
        this.denials = new Denials(ctx, books, punishment, downtime);
        this.desk = new AccountDesk(this, ctx);
        this.redemptions = new Redemptions(ctx, books);
    }

    /**
     * Serves one message that reached the broker over the network and returns its answer (null when it has
     * none): the broker's side of every exchange in {@code org.ppay.core.exchange}.
     *
     * @throws PPayException the refusal, with its code; a refusal that proves no fraud changes nothing
     */
    public Message receive(Message m, long now) throws PPayException { return Dispatch.serve(this, m, now); }

    /** The counter for signed account requests (join, fund, buy, limit, leave, statement, collect). */
    public AccountDesk desk() { return desk; }

    RoleContext context() { return ctx; }

    public PeerId id() { return ctx.id(); }

    public Params params() { return params; }

    /** Opens an account; {@code balance + deposit} enters the system (from the peer's credit card, Section 4.2). */
    public void open(PeerId peer, long balance, long deposit) throws PPayException { books.open(peer, balance, deposit); }

    /** Adds money to an open account's balance; it enters the system, as an account's opening money does. */
    public void fund(PeerId peer, long amount) throws PPayException { books.fund(peer, amount); }

    public Optional<Books.Account> account(PeerId peer) { return books.account(peer); }

    public Map<PeerId, Books.Account> accounts() { return books.accounts(); }

    /** Sells U a raw coin C = {U, sn}SK_B (eq. 1), prepaid from U's balance. */
    public RawCoin sellRawCoin(PeerId owner) throws PPayException { return issuing.rawCoin(owner); }

    /** Sells L = {U, lim_l, lim_u}SK_B (eq. 6); U prepays lim_u − lim_l + 1 coins (Section 5.1). */
    public LimitCertificate sellLimitCertificate(PeerId owner, long liml, long limu, long now) throws PPayException {
        return issuing.limitCertificate(owner, liml, limu, now);
    }

    /** Cashes a coin (Section 3), or opens a dispute on it (Section 4.1). */
    public CashOutcome cash(CashRequest req, long now) throws PPayException { return cashing.cash(req, now); }

    /**
     * Honours a partial Payword chain (Section 5.4): pays its payee for the words spent, out of the payer's balance;
     * once per chain.
     */
    public ChainReceipt redeem(ChainRedemption req, long now) throws PPayException { return redemptions.redeem(req, now); }

    /** Refunds a holder left with a void coin from the culprit's escrowed payment (Section 4.2). */
    public long refund(RefundRequest req, long now) throws PPayException { return cashing.refund(req, now); }

    /** Disputes still waiting for their owner's answer. */
    public List<CoinId> openDisputes() { return coins.disputed(); }

    /** The arbitration request for an open dispute, to hand to its owner (again, e.g. when it returns). */
    public Optional<ArbitrationRequest> disputeFor(CoinId coin) { return arbitration.disputeFor(coin); }

    /** Rules on an owner's answer to an arbitration request (Sections 4.1–4.2). */
    public List<Detection> resolve(ArbitrationResponse resp, long now) throws PPayException { return arbitration.resolve(resp, now); }

    /** An owner that never answers (it vanished or left) refutes nothing. */
    public List<Detection> defaultJudgement(CoinId coin, long now) { return arbitration.defaultJudgement(coin, now); }

    /** Punishes a proven double spend by a holder (Section 4.2) and makes its victim whole. */
    public Detection punish(FraudEvidence ev) throws PPayException { return punishment.punish(ev); }

    /** Punishes renewal-window tampering the assignment itself proves (Section 5.3), making {@code victim} whole. */
    public Detection punishTampering(Assignment bad, PeerId victim) throws PPayException { return punishment.punishTampering(bad, victim); }

    /** Owner-side fraud proven outside cashing (wrongful denial, window tampering): penalty only. */
    public Detection punishOwner(PeerId owner, CoinId coin, Detection.Kind kind) throws PPayException {
        return punishment.punishOwner(owner, coin, kind);
    }

    public List<Detection> detections() { return punishment.detections(); }

    /** The broker's question to an owner that refused a holder's request (Section 4.1). */
    public ArbitrationRequest inquireDenial(Holding h) { return denials.inquire(h); }

    /** Wrongful denial (Section 4.1): unless the owner's answer proves the holding relinquished, punish and reassign. */
    public Assignment overruleDenial(ReassignmentRequest req, ArbitrationResponse answer, long now) throws PPayException {
        return denials.overrule(req, answer, now);
    }

    /** Reassigns a coin whose owner is offline (eq. 5), at the broker fee to both holder and owner. */
    public Assignment reassignForOffline(ReassignmentRequest req, long now) throws PPayException { return downtime.reassign(req, now); }

    /**
     * Gives a holding its payee refused back to the payer, as the owner would ({@code Owner#takeBack}): the
     * downtime protocol with the refusal as the request, at the broker fee to the payer and the owner.
     */
    public Assignment takeBack(Refusal refusal, long now) throws PPayException { return downtime.takeBack(refusal, now); }

    /** Renews a coin whose owner is offline (Section 5.3), at the broker fee to both sides. */
    public Assignment renewForOffline(RenewalRequest req, long now) throws PPayException { return downtime.renew(req, now); }

    /** Hands an owner that came back online the requests the broker handled for it (Section 3). */
    public List<Owner.BrokerAction> takeStored(PeerId owner) { return downtime.takeStored(owner); }

    public long brokerProofs() { return coins.proofCount(); }

    /**
     * How many refusals the broker filed without giving anything back (the coin was void, cashed or expired): the one
     * kind of refused request that changes its records without proving a fraud, so a durable broker logs it.
     */
    public long refusalsFiledOnly() { return downtime.filedOnly(); }

    /**
     * Formal leave (Section 4.2), after the caller recalled and cashed every coin of the peer: the prepaid
     * value of its unused serials and, if it was never caught cheating, its deposit go back to its balance.
     * Open disputes on its coins are judged by default first.
     */
    public void leave(PeerId peer, long now) throws PPayException {
        Books.Account a = books.active(peer);
        judgeOwnDisputes(peer, now);
        books.close(a);
    }

    /** A peer that disappears without leaving forfeits its deposit (Section 4.2). */
    public void vanish(PeerId peer, long now) throws PPayException {
        Books.Account a = books.known(peer);
        judgeOwnDisputes(peer, now);
        books.vanish(a);
    }

    private void judgeOwnDisputes(PeerId owner, long now) {
        for (CoinId c : openDisputes()) if (c.owner().equals(owner)) defaultJudgement(c, now);
    }

    public long moneyIn() { return books.moneyIn(); }

    public long feeIncome() { return books.feeIncome(); }

    public long penaltyIncome() { return books.penaltyIncome(); }

    /** Fake-coin payments held for victims not yet refunded, in coins. */
    public long escrowCoins() { return books.escrowCoins(); }

    /** All balances, deposits, outstanding prepaid value, escrow and the broker's fee and penalty income. */
    public long moneyAccountedFor() { return books.moneyAccountedFor(); }

    /** Whether the books balance: every unit that entered is somewhere. */
    public boolean conserved() { return books.conserved(); }
}
