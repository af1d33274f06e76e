package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;
import org.ppay.core.PeerId;

/**
 * N = {A_UV}SK_V (eq. 10): the holder asks for a new renewal window. The renewed assignment gets the next
 * sequence number, so this request is also the holder's proof of relinquishment of the old one.
 */
public record RenewalRequest(Holding current, Sig sig) implements Message, Relinquishment {
    public RenewalRequest {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(sig, "sig");
    }

    @Override public PeerId relinquisher() { return current.holder(); }

    @Override public long relinquishedSeq() { return current.seq(); }

    @Override public CoinId coinId() { return current.coin().id(); }

    @Override public Message message() { return this; }

    @Override public PeerId recipient() { return current.holder(); }

    @Override public Holding given() { return current; }

    public static byte[] signedBytes(Holding current) {
        return new Writer().u8(Tag.RENEWAL_REQUEST).nested(current.encode()).bytes();
    }

    @Override public byte[] signedBytes() { return signedBytes(current); }

    @Override public int size() { return 1 + 4 + current.size() + Sig.LENGTH; }

    @Override public int signatures() { return 1 + current.signatures(); }

    @Override public int identities() { return current.identities(); }

    @Override public byte[] encode() { return new Writer().raw(signedBytes()).sig(sig).bytes(); }

    static RenewalRequest read(Reader r) throws PPayException {
        Holding current = Codec.readNested(r, Holding.class);
        return Codec.build(() -> new RenewalRequest(current, r.sig()));
    }
}
