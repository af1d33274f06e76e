package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * {H, time}SK_holder: a holder left with a void coin, one descending from a proven double spend, asks the
 * broker for the refund escrowed from the culprit (Section 4.2: "the broker will guarantee refunds to cheated
 * peers"). Its own tag keeps a refund from being taken for a cash of the same holding, and the reverse.
 */
public record RefundRequest(Holding holding, long time, Sig sig) implements Message {
    public RefundRequest {
        Objects.requireNonNull(holding, "holding");
        Objects.requireNonNull(sig, "sig");
    }

    public static byte[] signedBytes(Holding holding, long time) { return writeSigned(new Writer(signedSize(holding)), holding, time).bytes(); }

    private static int signedSize(Holding holding) { return 1 + 4 + holding.size() + 8; }

    private static Writer writeSigned(Writer w, Holding holding, long time) { return w.u8(Tag.REFUND_REQUEST).nested(holding).i64(time); }

    public byte[] signedBytes() { return signedBytes(holding, time); }

    @Override public int size() { return signedSize(holding) + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, holding, time).sig(sig); }

    @Override public int signatures() { return 1 + holding.signatures(); }

    @Override public int identities() { return holding.identities(); }

    static RefundRequest read(Reader r) throws PPayException {
        Holding h = Codec.readNested(r, Holding.class);
        long time = r.i64();
        return Codec.build(() -> new RefundRequest(h, time, r.sig()));
    }
}
