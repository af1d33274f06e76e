package org.ppay.core.exchange;

import java.util.Objects;
import java.util.function.Supplier;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.cost.Task;
import org.ppay.core.credit.CreditOutcome;
import org.ppay.core.credit.CreditWindow;
import org.ppay.core.credit.PaywordWindow;
import org.ppay.core.credit.SoftCreditWindow;
import org.ppay.core.msg.ArbitrationRequest;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CollectRequest;
import org.ppay.core.msg.CreditNote;
import org.ppay.core.msg.CreditState;
import org.ppay.core.msg.Payword;
import org.ppay.core.msg.PaywordCommitment;
import org.ppay.core.msg.Settlement;
import org.ppay.core.msg.FraudReport;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Payment;
import org.ppay.core.msg.PendingNotice;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.Refusal;
import org.ppay.core.msg.Relinquishment;
import org.ppay.core.msg.RenewalRequest;
import org.ppay.core.role.FraudEvidence;
import org.ppay.core.role.Holder;
import org.ppay.core.role.Owner;
import org.ppay.core.role.ProofRetention;
import org.ppay.core.role.RoleContext;

/**
 * One peer: its owner and holder roles and its credit window over one key and one context (Sections 3–5), and
 * how it answers what reaches it over the network. What it starts itself is in {@link Exchange}.
 */
public final class Peer {
    /** Where a peer draws what a protocol step needs at random: request nonces and Payword chain seeds. */
    public interface Entropy {
        long nonce();

        /** 32 fresh bytes. */
        byte[] seed();
    }

    private final RoleContext ctx;
    private final Owner owner;
    private final Holder holder;
    private final Entropy entropy;
    private final Supplier<byte[]> seeds;
    private CreditWindow window;
    private boolean lazy;

    public Peer(RoleContext ctx, ProofRetention retention, Entropy entropy) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.owner = new Owner(ctx, retention);
        this.holder = new Holder(ctx);
        this.entropy = Objects.requireNonNull(entropy, "entropy");
        this.seeds = entropy::seed;
    }

    public PeerId id() { return ctx.id(); }

    public RoleContext context() { return ctx; }

    public Params params() { return ctx.params(); }

    public Owner owner() { return owner; }

    public Holder holder() { return holder; }

    Entropy entropy() { return entropy; }

    /**
     * Whether this peer's payers settle its credit windows over the network ({@link Settlement}): then it remembers
     * the last few holdings each payer paid it. In-process worlds settle both sides at once and need none of it.
     */
    public void settlesRemotely(boolean remote) { this.remoteCredit = remote; }

    private boolean remoteCredit;

    /** A lazy peer never pays a coin for a service (Section 7.2.3): it takes credit and leaves it unpaid. */
    public boolean lazy() { return lazy; }

    public void lazy(boolean lazy) { this.lazy = lazy; }

    /** This peer's credit window, of the type the parameters name (Section 5.4), made on first use. */
    public CreditWindow window() throws PPayException {
        if (window == null) {
            Params p = ctx.params();
            int x = Math.toIntExact(p.creditWindowSize());
            window = p.creditWindowType() == Params.CreditWindowType.SCW
                ? new SoftCreditWindow(id(), x, p.netLossCap())
                : new PaywordWindow(ctx.signer(), ctx.verifier(), x, ctx.hasher());
        }
        return window;
    }

    /** The window, if this peer has made one yet. */
    public CreditWindow windowOrNull() { return window; }

    /**
     * Answers a message that reached this peer: as owner, a reassignment or renewal request, a refused holding
     * to take back, an arbitration request, a notice to collect from the broker; as payee, a payment.
     *
     * @return the answer, or null when the message has none (a payment accepted, a notice acted on)
     * @throws PPayException the refusal, with its code; an owner's refusal that proves a double spend is first
     *         reported to the broker (Section 4.1)
     */
    public Message receive(Message m, Network net, long now) throws PPayException {
        if (m instanceof Payment p) return accept(p, net, now);
        if (m instanceof ReassignmentRequest r) return reportingFraud(net, () -> owner.reassign(r, now));
        if (m instanceof RenewalRequest r) return reportingFraud(net, () -> owner.renew(r, now));
        if (m instanceof Refusal r) return reportingFraud(net, () -> owner.takeBack(r, now));
        if (m instanceof ArbitrationRequest a) return owner.answer(a);
        if (m instanceof PaywordCommitment c) { paywords().open(c, ctx.meter()); return null; }
        if (m instanceof Payword w) return credit(w.payer(), paywords().receive(w, ctx.meter()));
        if (m instanceof CreditNote n) return credit(n.payer(), softWindow().serve(n.payer()));
        if (m instanceof Settlement s) { settle(s); return null; }
        if (m instanceof PendingNotice) {
            new Exchange(this, net).comeBack(now);
            return null;
        }
        throw new PPayException(ErrorCode.NOT_AUTHORIZED, "a peer takes no " + m.getClass().getSimpleName());
    }

    private interface OwnerStep { Message run() throws PPayException; }

    private PaywordWindow paywords() throws PPayException {
        if (window() instanceof PaywordWindow w) return w;
        throw new PPayException(ErrorCode.INVALID_ARGUMENT, "this peer keeps soft credit windows, not Payword");
    }

    private SoftCreditWindow softWindow() throws PPayException {
        if (window() instanceof SoftCreditWindow w) return w;
        throw new PPayException(ErrorCode.INVALID_ARGUMENT, "this peer keeps Payword windows, not soft credit windows");
    }

    /** The payee's word on a picopayment (Section 5.4): whether a coin from the payer is now due. */
    private CreditState credit(PeerId payer, CreditOutcome outcome) {
        return new CreditState(id(), payer, outcome == CreditOutcome.COIN_DUE_FROM_PEER);
    }

    /**
     * Holdings accepted from each payer and not yet counted against its credit window: a {@link Settlement} moves
     * the balance only against one of them (Section 5.4: a coin is worth x picopayments). At most a few per payer.
     */
    private final java.util.Map<PeerId, java.util.Deque<Holding>> unsettled = new java.util.HashMap<>();

    private void settle(Settlement s) throws PPayException {
        if (s.picopayments() != ctx.params().creditWindowSize()) {
            throw new PPayException(ErrorCode.INVALID_ARGUMENT, "a coin settles " + ctx.params().creditWindowSize() + " picopayments here, not " + s.picopayments());
        }
        java.util.Deque<Holding> paid = unsettled.get(s.payer());
        Holding h = paid == null ? null : paid.stream().filter(x -> x.coin().id().equals(s.coin()) && x.seq() == s.seq()).findFirst().orElse(null);
        if (h == null) throw new PPayException(ErrorCode.UNKNOWN_COIN, s.payer() + " paid no such coin to settle with");
        CreditWindow w = window();
        if (w instanceof SoftCreditWindow scw) scw.coinReceived(s.payer()); else ((PaywordWindow) w).coinReceived(s.payer());
        paid.remove(h);
    }

    /** An owner that refutes a request with two relinquishments of one assignment takes them to the broker. */
    private Message reportingFraud(Network net, OwnerStep step) throws PPayException {
        try {
            return step.run();
        } catch (PPayException e) {
            if (owner.evidence().isPresent()) {
                try {
                    net.broker(report(owner.evidence().get()));
                } catch (PPayException provesNothing) {
                    // the broker knows more than the owner (a layer whose payee refused it back): the refusal stands
                    if (provesNothing.code() != ErrorCode.INVALID_ARGUMENT) throw provesNothing;
                }
            }
            throw e;
        }
    }

    /** The owner's signed report of a holder's double spend (Section 4.1). */
    FraudReport report(FraudEvidence ev) {
        return new FraudReport(id(), ev.first(), ev.second(), ev.victim(),
            ctx.sign(Task.ARBITRATION, FraudReport.signedBytes(id(), ev.first(), ev.second(), ev.victim())));
    }

    /**
     * The payee's side of a payment: it keeps a holding that checks out. An owner's assignment with a tampered
     * window it takes to the broker as proof against the owner, who makes the payer whole (Section 5.3). A stale
     * holding (its wallet has seen a newer assignment of the coin) it refuses with a signed {@link Refusal}, so the
     * payer can have the coin back, unless it held that sequence number itself. Anything else it refuses outright.
     */
    private Message accept(Payment p, Network net, long now) throws PPayException {
        Holding h = p.holding();
        Holder.Context kind = p.request() != null ? Holder.Context.REASSIGNED
            : h instanceof LayeredCoin ? Holder.Context.LAYERED : Holder.Context.FRESH;
        try {
            holder.accept(h, kind, p.previous(), now);
            if (remoteCredit) {
                java.util.Deque<Holding> paid = unsettled.computeIfAbsent(p.payer(), k -> new java.util.ArrayDeque<>());
                if (paid.size() == 16) paid.removeFirst();   // a coin paid for something else is never settled against credit
                paid.addLast(h);
            }
            return null;
        } catch (PPayException e) {
            if (e.code() == ErrorCode.WINDOW_TAMPERED && h instanceof Assignment a && !a.byBroker()) {
                net.broker(p);                    // the owner's signed assignment proves its tampering (Section 5.3)
                throw e;
            }
            try {
                reportDoubleSpendTo(net, p);
            } catch (PPayException reportFailed) {
                e.addSuppressed(reportFailed);       // the refusal stands; the proof can be taken to the broker later
            }
            if (!h.holder().equals(id()) || e.code() != ErrorCode.STALE_SEQUENCE || !holder.mayRefuse(h, p.previous())) throw e;
            holder.refused(h);                    // it never gave this sequence number up: it may sign its refusal
            return refusal(p.payer(), h, e.code());
        }
    }

    /**
     * A refused payment whose payer already gave the same holding up in a layer this peer holds: the two messages
     * prove the payer's double spend (Section 4.1), and this peer, left with the void branch, is its victim.
     */
    private void reportDoubleSpendTo(Network net, Payment p) throws PPayException {
        Relinquishment paid = p.request() != null ? p.request() : p.holding() instanceof LayeredCoin l ? l : null;
        Holding held = holder.holding(p.holding().coin().id()).orElse(null);
        if (paid == null || held == null) return;
        for (Holding cur = held; cur instanceof LayeredCoin l; cur = l.inner()) {
            if (l.conflictsWith(paid)) {
                net.broker(report(new FraudEvidence(l.relinquisher(), l, paid, id())));
                return;
            }
        }
    }

    /** {payer, H, reason}SK_self: this peer gives H up, back to the payer. */
    Refusal refusal(PeerId payer, Holding h, ErrorCode reason) {
        return new Refusal(payer, h, reason, ctx.sign(Task.REASSIGN, Refusal.signedBytes(payer, h, reason)));
    }

    /** A signed request for what the broker did for this owner's coins while it was down, and the disputes waiting. */
    CollectRequest collectRequest(long now) {
        long nonce = entropy.nonce();
        return new CollectRequest(id(), nonce, now, ctx.sign(Task.ACCOUNT, CollectRequest.signedBytes(id(), nonce, now)));
    }

    Supplier<byte[]> seeds() { return seeds; }
}
