package org.ppay.core.broker;

import java.util.ArrayList;
import java.util.List;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.cost.Task;
import org.ppay.core.msg.AccountRequest;
import org.ppay.core.msg.Appeal;
import org.ppay.core.msg.ArbitrationResponse;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CashReceipt;
import org.ppay.core.msg.CashRequest;
import org.ppay.core.msg.ChainRedemption;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.FraudReport;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Payment;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.RefundRequest;
import org.ppay.core.msg.Refusal;
import org.ppay.core.msg.RenewalRequest;
import org.ppay.core.msg.Ruling;
import org.ppay.core.role.Detection;
import org.ppay.core.role.FraudEvidence;

/** Which of the broker's parts a message that reached it goes to, and what it answers (see {@link Broker#receive}). */
final class Dispatch {
    private Dispatch() {}

    static Message serve(Broker b, Message m, long now) throws PPayException {
        if (m instanceof CashRequest c) {
            CashOutcome out = b.cash(c, now);
            return out instanceof CashOutcome.Paid p ? p.receipt() : ((CashOutcome.Disputed) out).request();
        }
        if (m instanceof ChainRedemption c) return b.redeem(c, now);
        if (m instanceof ReassignmentRequest r) return b.reassignForOffline(r, now);
        if (m instanceof RenewalRequest r) return b.renewForOffline(r, now);
        if (m instanceof Refusal r) return refusal(b, r, now);
        if (m instanceof Payment p) return tampered(b, p, now);
        if (m instanceof ArbitrationResponse a) return ruling(b, a.coin(), b.resolve(a, now), now);
        if (m instanceof FraudReport f) {
            Detection d = b.punish(new FraudEvidence(f.accused(), f.first(), f.second(), f.victim()));
            return ruling(b, d.coin(), List.of(d), now);
        }
        if (m instanceof Appeal a) {
            return a.answer() == null ? b.inquireDenial(a.request().current()) : b.overruleDenial(a.request(), a.answer(), now);
        }
        if (m instanceof RefundRequest r) {
            long credited = b.refund(r, now);
            if (credited == 0) return null;
            CoinId coin = r.holding().coin().id();
            return new CashReceipt(coin, r.holding().holder(), r.holding().seq(), credited, now,
                b.context().sign(Task.ARBITRATION, CashReceipt.signedBytes(coin, r.holding().holder(), r.holding().seq(), credited, now)));
        }
        if (m instanceof AccountRequest a) return b.desk().handle(a, now);
        throw new PPayException(ErrorCode.NOT_AUTHORIZED, "the broker takes no " + m.getClass().getSimpleName());
    }

    /**
     * A refusal: a holder refusing its own renewal for a tampered window proves the owner's tampering and is made
     * whole (Section 5.3); any other refusal gives the holding back to its payer through the downtime protocol.
     */
    private static Message refusal(Broker b, Refusal r, long now) throws PPayException {
        if (r.reason() == ErrorCode.WINDOW_TAMPERED && r.payer().equals(r.relinquisher()) && r.refused() instanceof Assignment a && !a.byBroker()) {
            b.context().verify(Task.ARBITRATION, r.relinquisher(), r.signedBytes(), r.sig(), "refusal");
            Detection d = b.punishTampering(a, r.payer());
            return ruling(b, d.coin(), List.of(d), now);
        }
        return b.takeBack(r, now);
    }

    /**
     * A payment that reaches the broker is a complaint: the owner answered the payer's request with an assignment
     * whose window is evidently tampered (Section 5.3). The payer, who gave its holding up for it, is made whole.
     */
    private static Message tampered(Broker b, Payment p, long now) throws PPayException {
        if (!(p.holding() instanceof Assignment a) || a.byBroker()) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "only an owner's assignment can be tampered");
        ReassignmentRequest r = p.request();
        PeerId victim = null;
        if (r != null) {
            b.context().verify(Task.ARBITRATION, r.relinquisher(), r.signedBytes(), r.sig(), "reassignment request");
            if (r.relinquishedSeq() + 1 != a.seq()) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "the assignment does not answer this request");
            victim = r.relinquisher();
        }
        Detection d = b.punishTampering(a, victim);
        return ruling(b, d.coin(), List.of(d), now);
    }

    /** The broker's signed word on who was found guilty of what (Section 4.2). */
    private static Ruling ruling(Broker b, CoinId coin, List<Detection> found, long now) {
        List<Ruling.Culprit> culprits = new ArrayList<>();
        for (Detection d : found) if (culprits.size() < Ruling.MAX_CULPRITS) culprits.add(new Ruling.Culprit(d.culprit(), Ruling.Kind.valueOf(d.kind().name())));
        return new Ruling(coin, culprits, now, b.context().sign(Task.ARBITRATION, Ruling.signedBytes(coin, culprits, now)));
    }
}
