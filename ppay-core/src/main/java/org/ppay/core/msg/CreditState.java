package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * The payee's answer to a picopayment (a {@link CreditNote} or a {@link Payword}): whether a coin from the payer
 * is now due (Section 5.4: the balance reached the edge of the window). Unsigned, like the picopayment.
 */
public record CreditState(PeerId payee, PeerId payer, boolean coinDue) implements Message {
    public CreditState {
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(payer, "payer");
    }

    @Override public int size() { return 1 + 2 * PeerId.LENGTH + 1; }

    @Override public void writeTo(Writer w) { w.u8(Tag.CREDIT_STATE).peer(payee).peer(payer).bool(coinDue); }

    @Override public int signatures() { return 0; }

    @Override public int identities() { return 2; }

    static CreditState read(Reader r) throws PPayException {
        PeerId payee = r.peer(), payer = r.peer();
        boolean due = r.bool();
        return Codec.build(() -> new CreditState(payee, payer, due));
    }
}
