package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * What a payer hands its payee: the holding that pays it (the new assignment A_UX, eq. 4 or 5, or a layered
 * coin, eq. 8) and, for a reassignment, the payer's request R_UVX (eq. 3) that gave its own assignment up.
 * Unsigned: both parts carry their own signatures. The request is absent for a first assignment or a layer.
 */
public record Payment(Holding holding, ReassignmentRequest request) implements Message {
    public Payment {
        Objects.requireNonNull(holding, "holding");
        if (request != null && !request.recipient().equals(holding.holder())) {
            throw new IllegalArgumentException("the request must reassign the coin to the holding's holder");
        }
        if (request != null && !request.coinId().equals(holding.coin().id())) {
            throw new IllegalArgumentException("the request must be about the paid coin");
        }
    }

    /** Who hands the holding over: the reassigning holder, the layer's signer, or the owner of a first assignment. */
    public PeerId payer() {
        if (request != null) return request.relinquisher();
        return holding instanceof LayeredCoin l ? l.from() : holding.coin().owner();
    }

    /** The holding this payment replaces, when there is one: the payer's own, under the request or the layer. */
    public Holding previous() {
        if (request != null) return request.current();
        return holding instanceof LayeredCoin l ? l.inner() : null;
    }

    @Override public int size() { return 1 + 4 + holding.size() + Codec.optionalSize(request); }

    @Override public void writeTo(Writer w) { Codec.writeOptional(w.u8(Tag.PAYMENT).nested(holding), request); }

    @Override public int signatures() { return holding.signatures() + (request == null ? 0 : request.signatures()); }

    @Override public int identities() { return holding.identities() + (request == null ? 0 : request.identities()); }

    static Payment read(Reader r) throws PPayException {
        Holding holding = Codec.readNested(r, Holding.class);
        ReassignmentRequest request = Codec.readOptional(r, ReassignmentRequest.class);
        return Codec.build(() -> new Payment(holding, request));
    }
}
