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

    public static byte[] signedBytes(long sn, LimitCertificate cert) { return writeSigned(new Writer(signedSize(cert)), sn, cert).bytes(); }

    private static int signedSize(LimitCertificate cert) { return 1 + 8 + 4 + cert.size(); }

    private static Writer writeSigned(Writer w, long sn, LimitCertificate cert) { return w.u8(Tag.PRINTED_COIN).i64(sn).nested(cert); }

    public byte[] signedBytes() { return signedBytes(sn, certificate); }

    @Override public int size() { return signedSize(certificate) + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, sn, certificate).sig(ownerSig); }

    @Override public int signatures() { return 1 + certificate.signatures(); }

    @Override public int identities() { return certificate.identities(); }

    static PrintedCoin read(Reader r) throws PPayException {
        long sn = r.i64();
        LimitCertificate cert = Codec.readNested(r, LimitCertificate.class);
        return Codec.build(() -> new PrintedCoin(sn, cert, r.sig()));
    }
}
