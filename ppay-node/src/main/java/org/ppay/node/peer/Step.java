package org.ppay.node.peer;

import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.exchange.Exchange;
import org.ppay.core.exchange.RefusedPayment;
import org.ppay.core.msg.AccountStatement;
import org.ppay.core.msg.CashReceipt;
import org.ppay.core.msg.Codec;
import org.ppay.core.msg.CreditNote;
import org.ppay.core.msg.Payword;
import org.ppay.core.msg.PaywordCommitment;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LeaveRequest;
import org.ppay.core.msg.LimitCertificate;
import org.ppay.core.msg.LimitRequest;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Payment;
import org.ppay.core.msg.Settlement;
import org.ppay.core.role.Scheme;
import org.ppay.node.wire.Ids;

/**
 * One thing the daemon does to its core, with every argument it needs (docs/daemons.md): the journal keeps the step
 * as JSON and serves it again on start. Each returns a result record, kept beside it, which a replay must reproduce.
 */
sealed interface Step {
    /** The step's name in the journal. */
    default String kind() { return getClass().getSimpleName(); }

    Object run(StepContext c) throws PPayException;

    /**
     * A message that reached the peer from {@code from}. A payment this peer answered before (an outbox delivering it
     * again under a new request) gets the same answer again and changes nothing: {@link Received#ALREADY_TAKEN} for one
     * it took, the same signed refusal for one it refused.
     */
    record Receive(String from, byte[] message) implements Step {
        @Override public Received run(StepContext c) throws PPayException {
            Message m = Codec.decode(message);
            String digest = m instanceof Payment ? Outbox.digest(message) : null;   // decoded bytes are canonical: no re-encoding
            if (digest != null) {
                var before = c.state().answered().before(digest);
                if (before.isPresent()) return before.get().again();
            }
            if (m instanceof Payment || m instanceof CreditNote || m instanceof Payword || m instanceof PaywordCommitment) c.state().checkActive();
            Message answer = c.peer().receive(m, c.net(), c.now());
            if (m instanceof CreditNote || m instanceof Payword || m instanceof PaywordCommitment) c.state().dealtWith(Ids.peer(from));
            Received r = answer == null ? new Received(null, null) : new Received(answer.getClass().getSimpleName(), answer.encode());
            if (m instanceof Payment p) c.state().answered().keep(digest, r, p.holding().base().re(), c.now());
            return r;
        }
    }

    /** The answer's message type and encoding, both null for none (a payment taken). */
    record Received(String type, byte[] answer) {
        /** A payment handed again: the payee took it before, and takes nothing more. */
        static final String ALREADY_TAKEN = "AlreadyTaken";

        /** This answer given again to the same payment. */
        Received again() { return type == null ? new Received(ALREADY_TAKEN, null) : this; }

        boolean alreadyTaken() { return ALREADY_TAKEN.equals(type); }
    }

    /** One coin paid to {@code payee} by the payment policy of Section 6.3 (own coin, owner, layer, broker or print). */
    record Pay(String payee, Scheme scheme) implements Step {
        @Override public Paid run(StepContext c) throws PPayException {
            c.state().checkActive();
            int waiting = c.state().outbox().size();
            Exchange.Paid p = c.exchange().payCoin(Ids.peer(payee), scheme, c.now());
            Holding h = p.delivered();
            return new Paid(payee, p.plan().getClass().getSimpleName(), Ids.text(h.coin().id()), h.seq(), h.layers(), c.state().outbox().size() > waiting);
        }
    }

    /** A coin paid; {@code queued} when the payee did not take it now and the outbox delivers it later. */
    record Paid(String payee, String plan, String coin, long seq, int layers, boolean queued) {}

    /**
     * A payment (or a settlement behind it) from the outbox, delivered again to its payee. A payee that does not answer
     * leaves it there (OFFLINE; a ping that fails journals nothing); any answer takes it out: taken, taken before, or
     * refused, a signed refusal bringing the coin back as when it is paid (Exchange#deliver).
     */
    record Deliver(String payee, String digest) implements Step {
        @Override public Delivered run(StepContext c) throws PPayException {
            Outbox.Entry e = c.state().outbox().find(payee, digest)
                .orElseThrow(() -> new PPayException(ErrorCode.UNKNOWN_COIN, "the outbox holds no " + digest + " for " + payee));
            PeerId to = Ids.peer(payee);
            if (!c.net().online(to)) throw new PPayException(ErrorCode.OFFLINE, payee + " does not answer");
            Message m = Codec.decode(e.message());
            String refused = null;
            boolean back = false;
            try {
                if (m instanceof Payment p) new Exchange(c.peer(), c.net()).deliver(p, c.now());
                else c.net().send(to, m);
            } catch (RefusedPayment r) {
                refused = r.code().name();
                back = r.returned() != null;
            } catch (PPayException x) {
                if (x.code() == ErrorCode.OFFLINE) throw x;
                refused = x.code().name();
            }
            c.state().outbox().remove(e);
            String coin = m instanceof Payment p ? Ids.text(p.holding().coin().id()) : Ids.text(((Settlement) m).coin());
            return new Delivered(payee, m.getClass().getSimpleName(), coin, refused, back);
        }
    }

    /** How a delivery from the outbox ended: taken ({@code refused} null), or refused with a code and maybe the coin back. */
    record Delivered(String payee, String type, String coin, String refused, boolean cameBack) {}

    /** A server's invoice for {@code picopayments} services, paid on the credit line to it (Section 5.4). */
    record Invoice(String server, int picopayments, Scheme scheme) implements Step {
        @Override public Invoiced run(StepContext c) throws PPayException {
            c.state().checkActive();
            PeerId to = Ids.peer(server);
            c.state().checkAllowed(to, picopayments);
            Exchange ex = c.exchange();
            var line = ex.lineTo(to);
            int paid = 0, coins = 0;
            String failed = null;
            for (int i = 0; i < picopayments && failed == null; i++) {
                try {
                    Exchange.Served s = ex.picopay(line, to, org.ppay.core.cost.CostMeter.NONE, () -> ex.payCoin(to, scheme, c.now()).delivered(), c.now());
                    paid++;
                    if (s.coinPaid()) coins++;
                    if (s.coinFailed() != null) failed = s.coinFailed().code().name();
                } catch (PPayException e) {
                    failed = e.code().name();
                }
            }
            c.state().spent(to, paid);
            c.state().dealtWith(to);
            return new Invoiced(server, picopayments, paid, coins, failed);
        }
    }

    /** How an invoice went: picopayments paid, coins paid along, and why it stopped short (null if it did not). */
    record Invoiced(String server, int requested, int paid, int coins, String failed) {}

    /** The application allows {@code server} to invoice that many more picopayments. */
    record Allow(String server, long picopayments) implements Step {
        @Override public Allowed run(StepContext c) throws PPayException {
            if (picopayments <= 0) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "an allowance is a positive number of picopayments");
            return new Allowed(server, c.state().allow(Ids.peer(server), picopayments));
        }
    }

    record Allowed(String server, long allowance) {}

    /** Cashes one held coin at the broker (Section 3); a second claim on it goes to arbitration (Section 4.1). */
    record Cash(String coin) implements Step {
        @Override public Cashed run(StepContext c) throws PPayException {
            Holding h = c.peer().holder().holding(Ids.coin(coin))
                .orElseThrow(() -> new PPayException(ErrorCode.UNKNOWN_COIN, "this peer holds no coin " + coin));
            CashReceipt r = c.exchange().cash(h, c.now());
            return new Cashed(coin, r == null ? 0 : r.credited(), r == null);
        }
    }

    record Cashed(String coin, long credited, boolean disputed) {}

    /** The owner's return (Section 3): it collects and audits what the broker did for its coins meanwhile. */
    record ComeBack() implements Step {
        @Override public Done run(StepContext c) throws PPayException {
            c.exchange().comeBack(c.now());
            return new Done();
        }
    }

    record Done() {}

    /** Renewals and purges of an online peer (Section 5.3). */
    record Upkeep(Scheme scheme) implements Step {
        @Override public Exchange.Upkeep run(StepContext c) { return c.exchange().upkeep(scheme, c.now()); }
    }

    /** Buys a limit certificate for serials [liml, limu] (eq. 6), under which the owner prints its coins. */
    record Certificate(long liml, long limu) implements Step {
        @Override public Certified run(StepContext c) throws PPayException {
            long nonce = c.entropy().nonce();
            LimitRequest req = new LimitRequest(c.id(), liml, limu, nonce, c.now(), c.sign(LimitRequest.signedBytes(c.id(), liml, limu, nonce, c.now())));
            LimitCertificate cert = (LimitCertificate) c.net().broker(req);
            c.peer().owner().addCertificate(cert);
            return new Certified(cert.liml(), cert.limu(), cert.expiry());
        }
    }

    record Certified(long liml, long limu, long expiry) {}

    /** Formal leave (Section 4.2): the owner's trails deposited, every held coin cashed, then the account closed. */
    record Leave() implements Step {
        @Override public Left run(StepContext c) throws PPayException {
            c.state().checkActive();
            int cashed = c.exchange().leave(c.now());      // deposits the owner's trails, cashes what it holds
            long nonce = c.entropy().nonce();
            LeaveRequest req = new LeaveRequest(c.id(), nonce, c.now(), c.sign(LeaveRequest.signedBytes(c.id(), nonce, c.now())));
            AccountStatement st = (AccountStatement) c.net().broker(req);
            c.state().leave();
            return new Left(cashed, st.balance());
        }
    }

    record Left(int cashed, long balance) {}
}
