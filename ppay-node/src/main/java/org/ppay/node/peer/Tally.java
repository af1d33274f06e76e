package org.ppay.node.peer;

import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.msg.ArbitrationRequest;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CashReceipt;
import org.ppay.core.msg.CashRequest;
import org.ppay.core.msg.Codec;
import org.ppay.core.msg.CreditNote;
import org.ppay.core.msg.FraudReport;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Payment;
import org.ppay.core.msg.Payword;
import org.ppay.core.msg.PrintedCoin;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.RenewalRequest;
import org.ppay.node.store.Journal;

/**
 * What a peer did, counted from the messages its journal says it sent and had answered (docs/daemons.md): what an
 * operator or a demo reports must be what happened on the wire, not what an application meant to do. Each protocol
 * action is counted once, by the peer that starts it: a payment by its payer, a reassignment, renewal or cash by the
 * holder that asked, at the owner or at the broker (the downtime protocol, Section 3).
 *
 * @param coinsPaid          coin payments a payee took
 * @param printed            of which first assignments of coins this owner printed (eq. 7)
 * @param layered            of which layered coins (eq. 8)
 * @param reassignedByOwner  reassignments an owner signed for this holder (eq. 4)
 * @param reassignedByBroker reassignments the broker signed while the owner did not answer (eq. 5)
 * @param layersPeeled       layers of the holdings this peer handed an owner or the broker to reassign, renew or cash
 * @param renewedByOwner     renewals an owner signed (eq. 11)
 * @param renewedByBroker    renewals the broker signed for an offline owner (Section 5.3)
 * @param cashed             coins cashed and paid
 * @param disputed           cash requests that went to arbitration (Section 4.1)
 * @param picopayments       picopayments a payee took (Section 5.4)
 * @param fraudReports       double spends this peer proved to the broker (Section 4.1)
 * @param outboxed           payments whose payee did not answer, so that they waited in this payer's outbox
 */
public record Tally(long coinsPaid, long printed, long layered, long reassignedByOwner, long reassignedByBroker, long layersPeeled,
                    long renewedByOwner, long renewedByBroker, long cashed, long disputed, long picopayments, long fraudReports, long outboxed) {
    public static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** This peer's counts and another's: a system's are its peers' added up. */
    public Tally plus(Tally o) {
        return new Tally(coinsPaid + o.coinsPaid, printed + o.printed, layered + o.layered, reassignedByOwner + o.reassignedByOwner,
            reassignedByBroker + o.reassignedByBroker, layersPeeled + o.layersPeeled, renewedByOwner + o.renewedByOwner,
            renewedByBroker + o.renewedByBroker, cashed + o.cashed, disputed + o.disputed, picopayments + o.picopayments, fraudReports + o.fraudReports,
            outboxed + o.outboxed);
    }

    /** Counts a whole journal. */
    static Tally of(Journal journal) {
        Counts c = new Counts();
        journal.forEach(s -> {
            boolean redelivery = s.header().kind().equals("Deliver");
            s.calls().forEach(call -> c.add(call, redelivery));
        });
        return c.tally();
    }

    private static final class Counts {
        long coinsPaid, printed, layered, byOwner, byBroker, peeled, renewedByOwner, renewedByBroker, cashed, disputed, picopayments, reports, outboxed;

        /** @param redelivery whether the call is the outbox's, which does not queue a payment again */
        void add(Journal.Call call, boolean redelivery) {
            if (!redelivery && call.kind() == Journal.CallKind.SEND && call.errorCode() != null && call.errorCode() == ErrorCode.OFFLINE.wire()
                && decode(call.request()) instanceof Payment) {
                outboxed++;                             // Queueing put it in the outbox
                return;
            }
            boolean toBroker = call.kind() == Journal.CallKind.BROKER;
            if (!(toBroker || call.kind() == Journal.CallKind.SEND) || !call.answered() || call.errorCode() != null) return;
            Message m = decode(call.request()), answer = decode(call.answer());
            if (m instanceof Payment p && answer == null) {
                coinsPaid++;
                if (p.holding() instanceof LayeredCoin) layered++;
                else if (p.request() == null && p.holding().coin() instanceof PrintedCoin) printed++;
            } else if (m instanceof ReassignmentRequest r && answer instanceof Assignment a) {
                if (toBroker || a.byBroker()) byBroker++; else byOwner++;
                peeled += r.given().layers();
            } else if (m instanceof RenewalRequest r && answer instanceof Assignment a) {
                if (toBroker || a.byBroker()) renewedByBroker++; else renewedByOwner++;
                peeled += r.current().layers();
            } else if (m instanceof CashRequest r) {
                if (answer instanceof CashReceipt) {
                    cashed++;
                    peeled += r.holding().layers();
                } else if (answer instanceof ArbitrationRequest) {
                    disputed++;
                }
            } else if (m instanceof CreditNote || m instanceof Payword) {
                picopayments++;
            } else if (m instanceof FraudReport) {
                reports++;
            }
        }

        Tally tally() {
            return new Tally(coinsPaid, printed, layered, byOwner, byBroker, peeled, renewedByOwner, renewedByBroker, cashed, disputed, picopayments, reports,
                outboxed);
        }

        private static Message decode(byte[] bytes) {
            try {
                return bytes == null ? null : Codec.decode(bytes);
            } catch (PPayException e) {
                return null;
            }
        }
    }
}
