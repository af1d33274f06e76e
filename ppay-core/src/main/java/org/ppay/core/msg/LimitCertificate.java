package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * L = {U, lim_l, lim_u}SK_B (eq. 6), plus an expiry after which U may print no more coins under it
 * (coins already printed stay valid until their own renewal windows close).
 */
public record LimitCertificate(PeerId owner, long liml, long limu, long expiry, Sig brokerSig) implements Message {
    public LimitCertificate {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(brokerSig, "brokerSig");
        if (liml < 0 || limu < liml) throw new IllegalArgumentException("need 0 <= lim_l <= lim_u");
    }

    public long count() { return limu - liml + 1; }

    public boolean covers(long sn) { return liml <= sn && sn <= limu; }

    private static final int SIGNED_SIZE = 1 + PeerId.LENGTH + 24;

    public static byte[] signedBytes(PeerId owner, long liml, long limu, long expiry) {
        return writeSigned(new Writer(SIGNED_SIZE), owner, liml, limu, expiry).bytes();
    }

    private static Writer writeSigned(Writer w, PeerId owner, long liml, long limu, long expiry) {
        return w.u8(Tag.LIMIT_CERTIFICATE).peer(owner).i64(liml).i64(limu).i64(expiry);
    }

    public byte[] signedBytes() { return signedBytes(owner, liml, limu, expiry); }

    @Override public int size() { return SIGNED_SIZE + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, owner, liml, limu, expiry).sig(brokerSig); }

    @Override public int signatures() { return 1; }

    @Override public int identities() { return 1; }

    static LimitCertificate read(Reader r) throws PPayException {
        return Codec.build(() -> new LimitCertificate(r.peer(), r.i64(), r.i64(), r.i64(), r.sig()));
    }
}
