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
        return writeSigned(new Writer(signedSize(current)), newHolder, current).bytes();
    }

    private static int signedSize(Holding current) { return 1 + PeerId.LENGTH + 4 + current.size(); }

    private static Writer writeSigned(Writer w, PeerId newHolder, Holding current) {
        return w.u8(Tag.REASSIGNMENT_REQUEST).peer(newHolder).nested(current);
    }

    @Override public byte[] signedBytes() { return signedBytes(newHolder, current); }

    @Override public int size() { return signedSize(current) + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, newHolder, current).sig(sig); }

    @Override public int signatures() { return 1 + current.signatures(); }

    @Override public int identities() { return 1 + current.identities(); }

    static ReassignmentRequest read(Reader r) throws PPayException {
        PeerId to = r.peer();
        Holding current = Codec.readNested(r, Holding.class);
        return Codec.build(() -> new ReassignmentRequest(to, current, r.sig()));
    }
}
