package org.ppay.node.peer;

import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.msg.CreditNote;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Payment;
import org.ppay.core.msg.Payword;
import org.ppay.core.msg.PaywordCommitment;
import org.ppay.core.msg.PendingNotice;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.Refusal;
import org.ppay.core.msg.RenewalRequest;
import org.ppay.core.msg.Settlement;

/**
 * Who may bring a message to this peer: the party the message speaks for must be the request's signer, and a message
 * addressed to a peer must be addressed to this one. This matters most for the unsigned picopayment messages (a credit
 * note is one unit of debt of its payer), which only the request's signature ties to their payer.
 */
final class Admission {
    private Admission() {}

    /** @throws PPayException NOT_AUTHORIZED when {@code sender} may not bring {@code m} to {@code self} */
    static void check(Message m, PeerId sender, PeerId self) throws PPayException {
        PeerId speaker = null, addressee = null;
        if (m instanceof CreditNote n) { speaker = n.payer(); addressee = n.payee(); }
        else if (m instanceof PaywordCommitment c) { speaker = c.payer(); addressee = c.payee(); }
        else if (m instanceof Settlement s) { speaker = s.payer(); addressee = s.payee(); }
        else if (m instanceof Payword w) speaker = w.payer();
        else if (m instanceof Payment p) speaker = p.payer();
        else if (m instanceof ReassignmentRequest r) speaker = r.relinquisher();
        else if (m instanceof RenewalRequest r) speaker = r.relinquisher();
        else if (m instanceof Refusal r) speaker = r.payer();
        else if (m instanceof PendingNotice n) addressee = n.owner();
        if (speaker != null && !speaker.equals(sender)) {
            throw new PPayException(ErrorCode.NOT_AUTHORIZED, "a " + m.getClass().getSimpleName() + " is brought by the party it speaks for, not by another");
        }
        if (addressee != null && !addressee.equals(self)) {
            throw new PPayException(ErrorCode.NOT_AUTHORIZED, "this " + m.getClass().getSimpleName() + " is addressed to another peer");
        }
    }
}
