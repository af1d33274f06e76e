package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/** C = {U, sn}SK_B (eq. 1): the broker certifies that U bought coin sn. */
public record RawCoin(PeerId owner, long sn, Sig brokerSig) implements Coin {
    public RawCoin {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(brokerSig, "brokerSig");
        if (sn < 0) throw new IllegalArgumentException("serial numbers are non-negative");
    }

    private static final int SIGNED_SIZE = 1 + PeerId.LENGTH + 8;

    public static byte[] signedBytes(PeerId owner, long sn) { return writeSigned(new Writer(SIGNED_SIZE), owner, sn).bytes(); }

    private static Writer writeSigned(Writer w, PeerId owner, long sn) { return w.u8(Tag.RAW_COIN).peer(owner).i64(sn); }

    public byte[] signedBytes() { return signedBytes(owner, sn); }

    @Override public int size() { return SIGNED_SIZE + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, owner, sn).sig(brokerSig); }

    @Override public int signatures() { return 1; }

    @Override public int identities() { return 1; }

    static RawCoin read(Reader r) throws PPayException {
        return Codec.build(() -> new RawCoin(r.peer(), r.i64(), r.sig()));
    }
}
