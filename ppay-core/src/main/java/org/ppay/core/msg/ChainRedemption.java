package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * A payee's claim on a partial (or unpaid full) Payword chain at the broker: the payer's signed commitment and the
 * highest payword the payee accepted on it. "Hash chains present no credit loss risk to peers, assuming broker
 * functionality is extended to honor partial hash chains" (Section 5.4): the broker checks the commitment's
 * signature and hashes the word back to the root, then pays the payee for the words spent, out of the payer's
 * balance. Unsigned: the commitment is the payer's signature, and the money can only go to the commitment's payee.
 */
public record ChainRedemption(PaywordCommitment commitment, Payword last) implements Message {
    public ChainRedemption {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(last, "last");
        if (!last.payer().equals(commitment.payer())) throw new IllegalArgumentException("the payword must be of the commitment's payer");
        if (last.index() > commitment.length()) throw new IllegalArgumentException("the payword is beyond the chain");
    }

    @Override public int size() { return 1 + 4 + commitment.size() + 4 + last.size(); }

    @Override public void writeTo(Writer w) { w.u8(Tag.CHAIN_REDEMPTION).nested(commitment).nested(last); }

    @Override public int signatures() { return commitment.signatures() + last.signatures(); }

    @Override public int identities() { return commitment.identities() + last.identities(); }

    static ChainRedemption read(Reader r) throws PPayException {
        PaywordCommitment c = Codec.readNested(r, PaywordCommitment.class);
        Payword last = Codec.readNested(r, Payword.class);
        return Codec.build(() -> new ChainRedemption(c, last));
    }
}
