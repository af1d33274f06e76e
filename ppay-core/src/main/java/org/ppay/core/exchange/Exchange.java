package org.ppay.core.exchange;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.cost.Task;
import org.ppay.core.credit.CreditLine;
import org.ppay.core.credit.PaywordAccount;
import org.ppay.core.credit.PaywordWindow;
import org.ppay.core.msg.ArbitrationRequest;
import org.ppay.core.msg.Appeal;
import org.ppay.core.msg.ArbitrationResponse;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CashReceipt;
import org.ppay.core.msg.ChainRedemption;
import org.ppay.core.msg.Coin;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Payment;
import org.ppay.core.msg.PendingActions;
import org.ppay.core.msg.PendingNotice;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.Refusal;
import org.ppay.core.msg.RenewalRequest;
import org.ppay.core.msg.Ruling;
import org.ppay.core.role.FraudEvidence;
import org.ppay.core.role.Holder;
import org.ppay.core.role.Owner;
import org.ppay.core.role.PaymentPlan;
import org.ppay.core.role.Scheme;

/**
 * The steps one peer starts (Sections 3–5): paying a coin by a payment plan, a picopayment and the coin it may
 * call for, renewing, cashing, taking a refused holding back, and catching up with the broker after downtime.
 * It decides who is sent what; the {@link Network} carries it. The scenario runner, the simulator and the
 * daemons all pay through here, so the protocol's steps are written once.
 */
public final class Exchange {
    /** An owner's refusals that call the holding invalid: the burden of proof is then the owner's (Section 4.1). */
    private static final Set<ErrorCode> DENIALS = EnumSet.of(ErrorCode.RELINQUISHED, ErrorCode.STALE_SEQUENCE, ErrorCode.UNKNOWN_COIN);

    private final Peer self;
    private final Network net;

    public Exchange(Peer self, Network net) {
        this.self = self;
        this.net = net;
    }

    public Peer peer() { return self; }

    /** A coin payment made: the plan carried out, and the holding the payee now has. */
    public record Paid(PaymentPlan plan, Holding delivered) {}

    /**
     * How this peer would pay one coin now (Section 6.3): an own coin not yet assigned, then what its wallet
     * offers by the scheme's preferences ({@link Holder#plan}).
     */
    public PaymentPlan plan(Scheme scheme, long now) {
        Coin own = self.owner().firstUnassigned();
        if (own != null) return new PaymentPlan.AssignOwn(own);
        return self.holder().plan(net::online, scheme, now);
    }

    /** Pays {@code payee} one coin by this peer's own choice. */
    public Paid payCoin(PeerId payee, Scheme scheme, long now) throws PPayException {
        return carryOut(plan(scheme, now), payee, now);
    }

    /**
     * Carries out one payment plan: the first assignment of an own coin (eq. 2), a reassignment through the owner
     * (eqs. 3–4) or, in the downtime protocol, the broker (eq. 5), a layer (eq. 8), or a newly printed coin (eq. 7).
     *
     * @throws PPayException the refusal; a payee's refusal that gave the coin back is a {@link RefusedPayment}
     */
    public Paid carryOut(PaymentPlan plan, PeerId payee, long now) throws PPayException {
        if (!net.online(payee)) throw new PPayException(ErrorCode.OFFLINE, payee + " is offline");
        Holding delivered;
        if (plan instanceof PaymentPlan.AssignOwn a) {
            delivered = assign(a.coin(), payee, now);
        } else if (plan instanceof PaymentPlan.PrintNew) {
            delivered = assign(self.owner().print(now), payee, now);
        } else if (plan instanceof PaymentPlan.Layer l) {
            delivered = layer(l.holding(), payee, now);
        } else if (plan instanceof PaymentPlan.ViaOwner o) {
            delivered = reassign(o.holding(), payee, false, now);
        } else {
            delivered = reassign(((PaymentPlan.ViaBroker) plan).holding(), payee, true, now);
        }
        return new Paid(plan, delivered);
    }

    private Holding assign(Coin coin, PeerId payee, long now) throws PPayException {
        Assignment a = self.owner().assign(coin.id(), payee, now);
        deliver(new Payment(a, null), now);
        return a;
    }

    /** P = {X, V, seq, A}SK_V (eq. 8): the payer keeps its holding until the payee took the layer. */
    private Holding layer(Holding h, PeerId payee, long now) throws PPayException {
        LayeredCoin l = self.holder().layer(h, payee, now);
        deliver(new Payment(l, null), now);
        dropIfCurrent(h);
        return l;
    }

    /**
     * R = {X, A}SK_V (eq. 3) to the owner, or to the broker when the owner is down (eq. 5). The relinquishment
     * is final once acted on, so the payer drops the coin whatever the payee then does (docs/protocol-decisions.md).
     */
    private Holding reassign(Holding h, PeerId payee, boolean viaBroker, long now) throws PPayException {
        PeerId owner = h.coin().owner();
        if (!viaBroker && !net.online(owner)) throw new PPayException(ErrorCode.OFFLINE, owner + " is offline");
        ReassignmentRequest req = self.holder().reassignmentRequest(h, payee);
        Assignment a = viaBroker ? (Assignment) net.broker(req) : askOwner(owner, req);
        dropIfCurrent(h);
        if (a.byBroker()) notifyOwner(owner, now);
        deliver(new Payment(a, req), now);
        return a;
    }

    /**
     * An owner that refuses a holding this peer validly holds, calling it invalid, must prove it (Section 4.1,
     * wrongful denial): the payer appeals to the broker, which asks the owner for the proof of relinquishment.
     * An owner that stops answering after the request went out is replaced by the broker (downtime protocol).
     */
    private Assignment askOwner(PeerId owner, ReassignmentRequest req) throws PPayException {
        try {
            return (Assignment) net.send(owner, req);
        } catch (PPayException e) {
            // "where the holder already sent the reassignment request but received no response, the holder may
            // have the coin reassigned by the broker" (Section 3): the same request, so the same assignment
            if (e.code() == ErrorCode.OFFLINE) return (Assignment) net.broker(req);
            if (!DENIALS.contains(e.code()) || !holds(req.current())) throw e;
            ArbitrationRequest inquiry = (ArbitrationRequest) net.broker(new Appeal(req, null));
            ArbitrationResponse answer = (ArbitrationResponse) net.send(owner, inquiry);
            return (Assignment) net.broker(new Appeal(req, answer));
        }
    }

    /**
     * Hands a payment to its payee. A payee that refuses it with a signed {@link Refusal} gives the coin back:
     * whoever issued the refused holding gives this payer a new assignment of the coin.
     *
     * @throws RefusedPayment when the payee refused and the coin came back
     */
    public void deliver(Payment p, long now) throws PPayException {
        Message reply = net.send(p.holding().holder(), p);
        if (reply instanceof Refusal r) takeBack(r, now);
    }

    /**
     * Takes the coin back. An owner that answers with an evidently tampered window (Section 5.3) is refused and proven
     * against at the broker, which pays this peer the coin; the holding it had layered away is then given up for good
     * (the owner's trail records that layer as relinquished).
     */
    private void takeBack(Refusal r, long now) throws PPayException {
        Assignment back = giveBack(r, now);
        if (back == null) throw new RefusedPayment(r, null);
        try {
            self.holder().accept(back, Holder.Context.REASSIGNED, r.refused(), now);
        } catch (PPayException e) {
            if (e.code() == ErrorCode.WINDOW_TAMPERED) refuseTampered(back);
            if (e.code() == ErrorCode.WINDOW_TAMPERED || !back.byBroker()) throw e;
            // the broker gave the coin back and charged for it, but this wallet will not take it (it saw that number
            // given up before: only a payer that printed the coin twice gets here): the refusal stands all the same
            RefusedPayment refused = new RefusedPayment(r, back);
            refused.addSuppressed(e);
            throw refused;
        }
        throw new RefusedPayment(r, back);
    }

    /** Refuses an owner's assignment whose window is evidently tampered: the broker makes this holder whole (Section 5.3). */
    private void refuseTampered(Assignment a) throws PPayException {
        if (!self.holder().mayRefuse(a)) return;
        self.holder().refused(a);
        net.broker(self.refusal(self.id(), a, ErrorCode.WINDOW_TAMPERED));
        self.holder().drop(a.coin().id());
    }

    /**
     * The refused holding's issuer takes it back: its owner, when it signed the base and answers (this peer, for its own
     * coin); else the broker, which must know of every number it might sign again.
     * An owner that will not (this peer included: the holding is void) leaves it to the broker, which at least files
     * the refusal, so that the payee's later use of what it refused is its own double spend. Null when the coin
     * cannot come back (void, cashed or expired): the payer keeps what it held.
     */
    private Assignment giveBack(Refusal r, long now) throws PPayException {
        PeerId owner = r.coinId().owner();
        boolean own = owner.equals(self.id());
        if (!r.refused().base().byBroker() && (own || net.online(owner))) {
            try {
                return own ? self.owner().takeBack(r, now) : (Assignment) net.send(owner, r);
            } catch (PPayException e) {
                if (!DENIALS.contains(e.code())) throw e;       // the owner will not: the broker acts instead
            }
        }
        Assignment back;
        try {
            back = (Assignment) net.broker(r);
        } catch (PPayException e) {
            if (NOTHING_COMES_BACK.contains(e.code())) return null;    // the broker filed the refusal all the same
            throw e;
        }
        notifyOwner(owner, now);
        return back;
    }

    /** The broker's answers to a take-back that mean the coin cannot come back, its refusal filed (void, cashed, expired, superseded). */
    private static final Set<ErrorCode> NOTHING_COMES_BACK = EnumSet.of(ErrorCode.RELINQUISHED, ErrorCode.ALREADY_CASHED, ErrorCode.EXPIRED, ErrorCode.STALE_SEQUENCE);

    /**
     * Renews a held coin inside its window (eqs. 10, 11): at its owner, or at the broker while the owner is down
     * (Section 5.3). A tampered window is refused and proven against the owner, who makes this holder whole.
     */
    public Assignment renew(Holding h, boolean viaBroker, long now) throws PPayException {
        PeerId owner = h.coin().owner();
        RenewalRequest req = self.holder().renewalRequest(h);
        Assignment a;
        if (viaBroker) {
            a = (Assignment) net.broker(req);
            notifyOwner(owner, now);
        } else {
            if (!net.online(owner)) throw new PPayException(ErrorCode.OFFLINE, owner + " is offline");
            a = (Assignment) net.send(owner, req);
        }
        try {
            self.holder().accept(a, Holder.Context.RENEWED, h, now);
        } catch (PPayException e) {
            if (e.code() == ErrorCode.WINDOW_TAMPERED) refuseTampered(a);
            throw e;
        }
        return a;
    }

    /**
     * Cashes a held coin at the broker (Section 3). A second claim on the coin goes to arbitration (Section 4.1):
     * while the owner answers, this holder carries the broker's question and the owner's answer; the coin is
     * handed in either way.
     *
     * @return the receipt, or null while the claim waits for its owner's answer
     * @throws PPayException RELINQUISHED when the ruling finds this holder had given the coin up
     */
    public CashReceipt cash(Holding h, long now) throws PPayException {
        Message reply = net.broker(self.holder().cashRequest(h, now));
        if (reply instanceof ArbitrationRequest ask) {
            PeerId owner = h.coin().owner();
            if (net.online(owner)) {
                Ruling ruling = (Ruling) net.broker(owner.equals(self.id()) ? self.owner().answer(ask) : net.send(owner, ask));
                for (Ruling.Culprit c : ruling.culprits()) {
                    if (c.culprit().equals(self.id()) && c.kind() == Ruling.Kind.HOLDER_DOUBLE_SPEND) {
                        dropIfCurrent(h);
                        throw new PPayException(ErrorCode.RELINQUISHED, self.id() + " had relinquished the assignment it cashed");
                    }
                }
            }
            dropIfCurrent(h);
            return null;
        }
        dropIfCurrent(h);
        return (CashReceipt) reply;
    }

    /** An owner cashes an own coin it never assigned by assigning it to itself first: every cash is of an assignment. */
    public CashReceipt cashUnassigned(CoinId coin, long now) throws PPayException {
        Assignment a = self.owner().assign(coin, self.id(), now);
        self.holder().accept(a, Holder.Context.FRESH, null, now);
        return cash(a, now);
    }

    /**
     * Presents a void coin, one descending from a proven double spend, for the escrowed refund (Section 4.2).
     *
     * @return the amount credited (0 if it was refunded before)
     */
    public long refund(Holding h, long now) throws PPayException {
        Message reply = net.broker(self.holder().refundRequest(h, now));
        if (reply == null) return 0;
        self.holder().drop(h.coin().id());
        return ((CashReceipt) reply).credited();
    }

    /**
     * An owner back online collects what the broker did for its coins meanwhile and audits it (Section 3,
     * downtime protocol), reports the double spends the audit proves (Section 4.1) and answers the disputes
     * waiting for it.
     */
    public void comeBack(long now) throws PPayException {
        for (boolean more = true; more; ) {
            PendingActions pending = (PendingActions) net.broker(self.collectRequest(now));
            List<Owner.BrokerAction> actions = new ArrayList<>(pending.actions().size());
            for (PendingActions.Action a : pending.actions()) actions.add(new Owner.BrokerAction(a.request(), a.issued()));
            for (FraudEvidence ev : self.owner().auditBrokerActions(actions)) net.broker(self.report(ev));
            for (ArbitrationRequest ask : pending.disputes()) net.broker(self.owner().answer(ask));
            more = pending.more();
        }
    }

    /**
     * This peer's part of a formal leave (Section 4.2), once its coins were recalled from their holders: it deposits
     * its audit trails at the broker, which answers for it in disputes on its coins from then on, and cashes every coin
     * it holds (a coin the broker refuses is worth nothing and dropped). The signed leave request that closes the
     * account follows.
     *
     * @return how many held coins were paid at once (the others went to arbitration or were refused)
     */
    public int leave(long now) throws PPayException {
        for (ArbitrationResponse deposit : self.owner().trailDeposits()) net.broker(deposit);
        int paid = 0;
        for (Holding h : self.holder().holdings()) {
            try {
                if (cash(h, now) != null) paid++;
            } catch (PPayException e) {
                if (e.code() == ErrorCode.OFFLINE) throw e;    // the broker is unreachable: keep the coin for the next try
                self.holder().drop(h.coin().id());
            }
        }
        return paid;
    }

    /**
     * This peer, leaving, has the broker honour every Payword chain it was paid on and no coin settled (Section 5.4: a
     * broker "extended to honor partial hash chains"): for each, the payer's commitment and the highest word accepted.
     * Soft credit windows have nothing to present: their balances prove no debt (Section 5.4).
     *
     * @return the chains redeemed and the words they paid for
     */
    public Redeemed redeemChains(long now) throws PPayException {
        if (!(self.windowOrNull() instanceof PaywordWindow w)) return new Redeemed(0, 0);
        int chains = 0;
        long words = 0;
        for (PaywordAccount a : w.unsettled()) {
            ChainRedemption req = new ChainRedemption(a.commitment(), a.lastPayword());
            self.context().meter().sent(Task.CASH, req);
            net.broker(req);
            w.redeemed(a.payer());
            chains++;
            words += req.last().index();
        }
        return new Redeemed(chains, words);
    }

    /** What {@link #redeemChains} did: chains redeemed, and the words they paid for. */
    public record Redeemed(int chains, long words) {}

    /** What one round of {@link #upkeep} did with the coins near the end of their window. */
    public record Upkeep(int renewedByOwner, int renewedByBroker, int cashed, int disputed, int expired, int failed) {}

    /**
     * Upkeep of an online peer (Section 5.3): it purges what has expired, and renews every held coin past the
     * middle of its window, so that a peer online a quarter of the time still gets several chances before the
     * window closes: through the owner when it answers, else by the scheme's preference (PPay cashes the coin,
     * PPay* renews it at the broker).
     */
    public Upkeep upkeep(Scheme scheme, long now) {
        self.owner().purgeExpired(now);
        self.holder().purgeExpired(now);
        int byOwner = 0, byBroker = 0, cashed = 0, disputed = 0, expired = 0, failed = 0;
        for (Holding h : self.holder().expiring(now, self.params().renewalWait() / 2)) {
            if (!h.base().validAt(now)) {
                self.holder().drop(h.coin().id());
                expired++;
                continue;
            }
            if (now < h.base().rb()) continue;
            try {
                if (net.online(h.coin().owner())) {
                    renew(h, false, now);
                    byOwner++;
                } else if (scheme == Scheme.PPAY_STAR) {
                    renew(h, true, now);
                    byBroker++;
                } else if (cashOrDrop(h, now)) {
                    cashed++;
                } else {
                    disputed++;
                }
            } catch (PPayException e) {
                if (e.code() == ErrorCode.EXPIRED) expired++; else failed++;
            }
        }
        return new Upkeep(byOwner, byBroker, cashed, disputed, expired, failed);
    }

    /**
     * Cashes a coin this peer gives up for good (an expiring coin under PPay, every coin when it leaves): it is
     * dropped whatever the broker says, for a coin the broker refuses is worth nothing to its holder.
     *
     * @return true if paid, false if the claim went to arbitration
     */
    public boolean cashOrDrop(Holding h, long now) throws PPayException {
        try {
            return cash(h, now) != null;
        } finally {
            self.holder().drop(h.coin().id());
        }
    }

    /** The line on which this peer pays {@code payee}, a peer across the network, for its services. */
    public CreditLine lineTo(PeerId payee) throws PPayException {
        return self.window().lineTo(new CreditLine.Payee() {
            @Override public PeerId id() { return payee; }

            @Override public Message send(Message m) throws PPayException { return net.send(payee, m); }
        });
    }

    /**
     * Tells an owner that answers now that the broker acted on its coin, so it audits at once (Section 3). Only a
     * courtesy: an owner collects what the broker did whenever it comes back, so a notice that fails (the owner is
     * busy, or went down meanwhile) must not stop the payment or renewal the broker already served.
     */
    private void notifyOwner(PeerId owner, long now) {
        try {
            if (owner.equals(self.id())) comeBack(now);
            else if (net.online(owner)) net.send(owner, new PendingNotice(owner));
        } catch (PPayException e) {
            // collected at the owner's next comeBack
        }
    }

    /** A picopayment made: whether a coin settled the line, and why a coin that fell due could not be paid. */
    public record Served(boolean coinPaid, PPayException coinFailed) {
        static final Served WITHOUT_COIN = new Served(false, null), WITH_COIN = new Served(true, null);
    }

    /** Pays one coin by this peer's choice and says which holding it delivered; the caller's bookkeeping rides along. */
    public interface CoinPayer { Holding pay() throws PPayException; }

    /**
     * One picopayment for one service the payee performs (Section 5.4), under the one settle rule of both window
     * types: a payee that gives no more credit is paid a coin first, if this peer may and will pay one; then the
     * picopayment is recorded on both sides; if it makes a coin due, the coin is paid at once when possible and
     * otherwise stays due.
     *
     * @throws PPayException CREDIT_REFUSED when a coin is due first and this peer will not (lazy) or may not
     *         (NetLossCap) pay it; a coin payment's own refusal
     */
    public Served picopay(CreditLine line, PeerId payee, CostMeter payeeMeter, CoinPayer coin, long now) throws PPayException {
        if (line.coinDue()) {
            if (self.lazy()) throw new PPayException(ErrorCode.CREDIT_REFUSED, self.id() + " is lazy and will not pay " + payee + " a coin");
            if (!line.mayPayCoin()) {
                throw new PPayException(ErrorCode.CREDIT_REFUSED, payee + " refuses credit and " + self.id() + " may not pay it a coin (NetLossCap)");
            }
            line.settled(coin.pay());
        }
        if (!line.picopay(now, self.seeds(), self.context().meter(), payeeMeter) || self.lazy() || !line.mayPayCoin()) {
            return Served.WITHOUT_COIN;
        }
        Holding paid;
        try {
            paid = coin.pay();
        } catch (PPayException e) {
            return new Served(false, e);                  // left due: the next service asks for the coin first
        }
        line.settled(paid);
        return Served.WITH_COIN;
    }

    private boolean holds(Holding h) { return self.holder().holding(h.coin().id()).filter(h::equals).isPresent(); }

    private void dropIfCurrent(Holding h) {
        self.holder().holding(h.coin().id()).filter(cur -> cur.seq() == h.seq()).ifPresent(cur -> self.holder().drop(h.coin().id()));
    }
}
