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

    public static byte[] signedBytes(Holding current) { return writeSigned(new Writer(signedSize(current)), current).bytes(); }

    private static int signedSize(Holding current) { return 1 + 4 + current.size(); }

    private static Writer writeSigned(Writer w, Holding current) { return w.u8(Tag.RENEWAL_REQUEST).nested(current); }

    @Override public byte[] signedBytes() { return signedBytes(current); }

    @Override public int size() { return signedSize(current) + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, current).sig(sig); }

    @Override public int signatures() { return 1 + current.signatures(); }

    @Override public int identities() { return current.identities(); }

    static RenewalRequest read(Reader r) throws PPayException {
        Holding current = Codec.readNested(r, Holding.class);
        return Codec.build(() -> new RenewalRequest(current, r.sig()));
    }
}
