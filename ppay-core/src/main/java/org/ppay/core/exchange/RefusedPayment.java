package org.ppay.core.exchange;

import org.ppay.core.PPayException;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.Refusal;

/**
 * The payee refused the payment with a signed {@link Refusal}, and the coin came back to the payer as a new
 * assignment, or could not because it is void, cashed or expired (the payer keeps what it held, and claims a refund
 * for a void coin): the
 * payment failed, yet state moved on (the refusal is on record), unlike other refusals, which change nothing.
 */
public final class RefusedPayment extends PPayException {
    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;
    private final transient Assignment returned;

    public RefusedPayment(Refusal refusal, Assignment returned) {
        super(refusal.reason(), refusal.relinquisher() + " refused the payment (" + refusal.reason() + "); "
            + (returned == null ? "the coin cannot come back (void, cashed or expired): " + refusal.payer() + " keeps what it held"
                : "the coin came back to " + refusal.payer() + " as seq " + returned.seq()));
        this.refusal = refusal;
        this.returned = returned;
    }

    public Refusal refusal() { return refusal; }

    /** The payer's new assignment of the coin, or null when the coin is void. */
    public Assignment returned() { return returned; }
}
