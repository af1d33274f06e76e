package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * One picopayment on a soft credit window (Section 5.4): the payer asks the payee to record one unit of credit
 * for the service it just had. Unsigned, as soft credit windows are ("we cannot require a signature generation
 * and verification per payment"): the transport between the two peers says who sent it.
 */
public record CreditNote(PeerId payer, PeerId payee) implements Message {
    public CreditNote {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payee, "payee");
        if (payer.equals(payee)) throw new IllegalArgumentException("a peer does not pay itself");
    }

    @Override public int size() { return 1 + 2 * PeerId.LENGTH; }

    @Override public void writeTo(Writer w) { w.u8(Tag.CREDIT_NOTE).peer(payer).peer(payee); }

    @Override public int signatures() { return 0; }

    @Override public int identities() { return 2; }

    static CreditNote read(Reader r) throws PPayException {
        PeerId payer = r.peer(), payee = r.peer();
        return Codec.build(() -> new CreditNote(payer, payee));
    }
}
