package org.ppay.node.peer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;
import org.ppay.core.PPayException;
import org.ppay.core.msg.Codec;
import org.ppay.core.msg.CreditNote;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Payment;
import org.ppay.core.msg.Payword;
import org.ppay.node.store.Journal;
import org.ppay.node.wire.Ids;

/**
 * The journal told for people and applications: a line per step (history), and the events an application listens
 * for ("payment received"...). Both are read from the steps and their results, so an application that reconnects can
 * be told what it missed from the journal itself.
 */
public final class History {
    private History() {}

    /** One step: when, what, whether it went through, and in words. */
    public record Entry(long step, long at, String kind, boolean ok, String code, String summary) {}

    /** Something an application listens for; {@code step} is the journal's step (0 for a refusal never journaled). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(long step, String type, String peer, String coin, Long seq, Long amount, String code) {}

    static Entry entry(Journal.Step s) {
        Journal.Header h = s.header();
        Journal.Outcome o = s.outcome();
        String code = o == null || o.errorCode() == null ? null : codeName(o.errorCode());
        boolean ok = o != null && code == null;
        String summary = o == null ? h.kind() + " cut short (finished on start)" : ok ? said(StepCodec.step(h.kind(), h.input()), o.result())
            : h.kind() + " refused: " + code;
        return new Entry(h.seq(), h.at(), h.kind(), ok, code, summary);
    }

    private static String codeName(int wire) {
        try {
            return org.ppay.core.ErrorCode.fromWire(wire).name();
        } catch (PPayException e) {
            return "UNKNOWN_" + wire;
        }
    }

    private static String said(Step step, String result) {
        if (step instanceof Step.Receive r) return received(r, StepCodec.read(result, Step.Received.class));
        if (step instanceof Step.Pay) {
            Step.Paid p = StepCodec.read(result, Step.Paid.class);
            return "paid coin " + p.coin() + " (seq " + p.seq() + ") to " + p.payee() + " by " + p.plan()
                + (p.queued() ? " (the payee did not answer: in the outbox)" : "");
        }
        if (step instanceof Step.Deliver) {
            Step.Delivered d = StepCodec.read(result, Step.Delivered.class);
            return "delivered " + d.type() + " of coin " + d.coin() + " from the outbox to " + d.payee()
                + (d.refused() == null ? "" : ": refused " + d.refused() + (d.cameBack() ? ", the coin came back" : ""));
        }
        if (step instanceof Step.Invoice) {
            Step.Invoiced i = StepCodec.read(result, Step.Invoiced.class);
            return "paid " + i.server() + " " + i.paid() + " of " + i.requested() + " picopayments (" + i.coins() + " coins)"
                + (i.failed() == null ? "" : ", stopped: " + i.failed());
        }
        if (step instanceof Step.Cash) {
            Step.Cashed c = StepCodec.read(result, Step.Cashed.class);
            return c.disputed() ? "cash of " + c.coin() + " went to arbitration" : "cashed " + c.coin() + ": credited " + c.credited();
        }
        if (step instanceof Step.Allow a) return "allowed " + a.server() + " " + a.picopayments() + " more picopayments";
        if (step instanceof Step.Certificate c) return "bought a limit certificate for serials " + c.liml() + ".." + c.limu();
        if (step instanceof Step.Leave) return "left the system: " + StepCodec.read(result, Step.Left.class).cashed() + " coins cashed";
        if (step instanceof Step.ComeBack) return "collected what the broker did meanwhile";
        return step.kind() + ": " + result;
    }

    private static String received(Step.Receive r, Step.Received answer) {
        Message m = decode(r.message());
        String what = m == null ? "a message" : m.getClass().getSimpleName();
        if (m instanceof Payment p) {
            Holding h = p.holding();
            if (answer.alreadyTaken()) return "coin " + Ids.text(h.coin().id()) + " (seq " + h.seq() + ") from " + r.from() + " again: taken already";
            return answer.type() == null ? "received coin " + Ids.text(h.coin().id()) + " (seq " + h.seq() + ") from " + r.from()
                : "refused coin " + Ids.text(h.coin().id()) + " from " + r.from() + " with a signed " + answer.type();
        }
        if (m instanceof CreditNote || m instanceof Payword) return "picopayment from " + r.from();
        return what + " from " + r.from() + (answer.type() == null ? "" : ", answered with a " + answer.type());
    }

    /** The event a step served live makes, if any. */
    static Optional<Event> event(Journal.Header h, Step step, StepRunner.Outcome o) {
        long seq = o.journaled() ? h.seq() : 0;
        if (!o.ok()) {
            if (step instanceof Step.Deliver) return Optional.empty();     // the outbox tries again: nothing for the application yet
            return Optional.of(new Event(seq, "refused", origin(step), null, null, null, o.refused().name()));
        }
        if (step instanceof Step.Receive r) {
            Message m = decode(r.message());
            boolean accepted = o.result(Step.Received.class).type() == null;
            if (m instanceof Payment p && accepted) {
                return Optional.of(new Event(seq, "payment-received", r.from(), Ids.text(p.holding().coin().id()), p.holding().seq(), null, null));
            }
            if (m instanceof CreditNote || m instanceof Payword) return Optional.of(new Event(seq, "picopayment-received", r.from(), null, null, 1L, null));
            return Optional.empty();
        }
        if (step instanceof Step.Pay) {
            Step.Paid p = o.result(Step.Paid.class);
            return Optional.of(new Event(seq, "coin-paid", p.payee(), p.coin(), p.seq(), null, null));
        }
        if (step instanceof Step.Deliver) {
            Step.Delivered d = o.result(Step.Delivered.class);
            return Optional.of(new Event(seq, "coin-delivered", d.payee(), d.coin(), null, null, d.refused()));
        }
        if (step instanceof Step.Cash) {
            Step.Cashed c = o.result(Step.Cashed.class);
            return Optional.of(new Event(seq, c.disputed() ? "cash-disputed" : "coin-cashed", null, c.coin(), null, c.credited(), null));
        }
        if (step instanceof Step.Invoice) {
            Step.Invoiced i = o.result(Step.Invoiced.class);
            return Optional.of(new Event(seq, "invoice-paid", i.server(), null, null, (long) i.paid(), i.failed()));
        }
        return Optional.empty();
    }

    private static String origin(Step step) {
        if (step instanceof Step.Receive r) return r.from();
        if (step instanceof Step.Pay p) return p.payee();
        if (step instanceof Step.Invoice i) return i.server();
        return null;
    }

    private static Message decode(byte[] bytes) {
        try {
            return Codec.decode(bytes);
        } catch (PPayException e) {
            return null;
        }
    }
}
