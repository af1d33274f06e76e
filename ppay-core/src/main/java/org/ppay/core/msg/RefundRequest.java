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

    public static byte[] signedBytes(Holding holding, long time) { return HoldingClaimLayout.signedBytes(Tag.REFUND_REQUEST, holding, time); }

    public byte[] signedBytes() { return signedBytes(holding, time); }

    @Override public int size() { return HoldingClaimLayout.signedSize(holding) + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { HoldingClaimLayout.writeSigned(w, Tag.REFUND_REQUEST, holding, time).sig(sig); }

    @Override public int signatures() { return 1 + holding.signatures(); }

    @Override public int identities() { return holding.identities(); }

    static RefundRequest read(Reader r) throws PPayException { return HoldingClaimLayout.read(r, RefundRequest::new); }
}
