package org.ppay.core.credit;

import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;

/**
 * A peer's credit windows for picopayments (Section 5.4, Table 1's Credit Window Type): unsigned soft credit
 * windows, or Payword hash chains. Either way a picopayment moves a balance and a coin settles it when the
 * window says so; {@link CreditLine} holds that one settle rule's two sides.
 */
public sealed interface CreditWindow permits SoftCreditWindow, PaywordWindow {
    PeerId self();

    /** x: picopayments per coin. */
    int windowSize();

    /**
     * The line on which this peer pays {@code payee} for services: both peers' bookkeeping of their relation.
     * Both windows must be of one type (peers agree on it, Table 1).
     */
    default CreditLine lineTo(CreditWindow payee) throws PPayException {
        if (this instanceof SoftCreditWindow mine && payee instanceof SoftCreditWindow theirs) {
            return new CreditLine.Soft(mine, mine.link(theirs.self()), theirs, theirs.link(self()));
        }
        if (this instanceof PaywordWindow mine && payee instanceof PaywordWindow theirs) {
            return new CreditLine.Chain(mine, mine.link(theirs.self()), theirs, theirs.link(self()));
        }
        throw new PPayException(ErrorCode.INVALID_ARGUMENT, "credit windows of two types cannot serve one relation");
    }

    /** The line on which this peer pays a payee across the network, whose window is there. */
    default CreditLine lineTo(CreditLine.Payee payee) throws PPayException {
        if (this instanceof SoftCreditWindow mine) return new CreditLine.RemoteSoft(mine, mine.link(payee.id()), payee);
        PaywordWindow mine = (PaywordWindow) this;
        return new CreditLine.RemoteChain(mine, mine.link(payee.id()), payee);
    }
}
