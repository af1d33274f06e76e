package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/** C' = {sn, L}SK_U (eq. 7): a coin U prints itself; lim_l <= sn <= lim_u is part of being a coin. */
public record PrintedCoin(long sn, LimitCertificate certificate, Sig ownerSig) implements Coin {
    public PrintedCoin {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(ownerSig, "ownerSig");
        if (!certificate.covers(sn)) {
            throw new IllegalArgumentException("serial " + sn + " outside [" + certificate.liml() + ", " + certificate.limu() + "]");
        }
    }

    @Override public PeerId owner() { return certificate.owner(); }

    public static byte[] signedBytes(long sn, LimitCertificate cert) {
        return new Writer().u8(Tag.PRINTED_COIN).i64(sn).nested(cert.encode()).bytes();
    }

    public byte[] signedBytes() { return signedBytes(sn, certificate); }

    @Override public int size() { return 1 + 8 + 4 + certificate.size() + Sig.LENGTH; }

    @Override public int signatures() { return 1 + certificate.signatures(); }

    @Override public int identities() { return certificate.identities(); }

    @Override public byte[] encode() { return new Writer().raw(signedBytes()).sig(ownerSig).bytes(); }

    static PrintedCoin read(Reader r) throws PPayException {
        long sn = r.i64();
        LimitCertificate cert = Codec.readNested(r, LimitCertificate.class);
        return Codec.build(() -> new PrintedCoin(sn, cert, r.sig()));
    }
}
