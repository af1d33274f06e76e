package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * R_UVX = {X, A_UV}SK_V (eq. 3): holder V asks the owner (or, in the downtime protocol, the broker) to
 * reassign its coin to X. The current holding may be layered; the owner then peels it (Section 5.2).
 */
public record ReassignmentRequest(PeerId newHolder, Holding current, Sig sig) implements Message, Relinquishment {
    public ReassignmentRequest {
        Objects.requireNonNull(newHolder, "newHolder");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(sig, "sig");
    }

    @Override public PeerId relinquisher() { return current.holder(); }

    @Override public long relinquishedSeq() { return current.seq(); }

    @Override public CoinId coinId() { return current.coin().id(); }

    @Override public Message message() { return this; }

    @Override public PeerId recipient() { return newHolder; }

    @Override public Holding given() { return current; }

    public static byte[] signedBytes(PeerId newHolder, Holding current) {
        return new Writer().u8(Tag.REASSIGNMENT_REQUEST).peer(newHolder).nested(current.encode()).bytes();
    }

    @Override public byte[] signedBytes() { return signedBytes(newHolder, current); }

    @Override public int size() { return 1 + PeerId.LENGTH + 4 + current.size() + Sig.LENGTH; }

    @Override public int signatures() { return 1 + current.signatures(); }

    @Override public int identities() { return 1 + current.identities(); }

    @Override public byte[] encode() { return new Writer().raw(signedBytes()).sig(sig).bytes(); }

    static ReassignmentRequest read(Reader r) throws PPayException {
        PeerId to = r.peer();
        Holding current = Codec.readNested(r, Holding.class);
        return Codec.build(() -> new ReassignmentRequest(to, current, r.sig()));
    }
}
