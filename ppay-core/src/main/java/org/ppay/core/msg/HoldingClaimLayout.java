package org.ppay.core.msg;

import org.ppay.core.PPayException;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * The encoding of a holder's signed claim {H, time}SK_holder on its holding: tag, the holding, the time, then
 * the holder's signature. {@link CashRequest} and {@link RefundRequest} share it; their tags keep them apart.
 */
final class HoldingClaimLayout {
    private HoldingClaimLayout() {}

    /** Makes a claim from its decoded parts; constructor refusals become MALFORMED in {@link #read}. */
    interface Make<T> {
        T make(Holding holding, long time, Sig sig);
    }

    static int signedSize(Holding holding) { return 1 + 4 + holding.size() + 8; }

    static byte[] signedBytes(int tag, Holding holding, long time) { return writeSigned(new Writer(signedSize(holding)), tag, holding, time).bytes(); }

    static Writer writeSigned(Writer w, int tag, Holding holding, long time) { return w.u8(tag).nested(holding).i64(time); }

    static <T> T read(Reader r, Make<T> make) throws PPayException {
        Holding h = Codec.readNested(r, Holding.class);
        long time = r.i64();
        return Codec.build(() -> make.make(h, time, r.sig()));
    }
}
