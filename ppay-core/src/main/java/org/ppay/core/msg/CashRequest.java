package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/** {H, ts}SK_holder: the holder of a coin cashes it at the broker for a flat fee (Section 3). */
public record CashRequest(Holding holding, long ts, Sig sig) implements Message {
    public CashRequest {
        Objects.requireNonNull(holding, "holding");
        Objects.requireNonNull(sig, "sig");
    }

    public static byte[] signedBytes(Holding holding, long ts) { return HoldingClaimLayout.signedBytes(Tag.CASH_REQUEST, holding, ts); }

    public byte[] signedBytes() { return signedBytes(holding, ts); }

    @Override public int size() { return HoldingClaimLayout.signedSize(holding) + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { HoldingClaimLayout.writeSigned(w, Tag.CASH_REQUEST, holding, ts).sig(sig); }

    @Override public int signatures() { return 1 + holding.signatures(); }

    @Override public int identities() { return holding.identities(); }

    static CashRequest read(Reader r) throws PPayException { return HoldingClaimLayout.read(r, CashRequest::new); }
}
