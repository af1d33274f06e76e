package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * {payer, H, reason}SK_X: payee X, the holder that holding H names, refuses H and gives it back to the payer.
 * Signed by H's holder, it is X's proof of relinquishment of H (Section 4.1): X can no longer spend or cash H
 * without being caught, so the payer can take the refusal to the broker and have its claim restored (the
 * known gap of an owner's double assignment, docs/protocol-decisions.md). A holder refusing its own renewal (a
 * tampered window, Section 5.3) names itself as the payer: it is the one who gave up the coin.
 */
public record Refusal(PeerId payer, Holding refused, ErrorCode reason, Sig sig) implements Message, Relinquishment {
    public Refusal {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(refused, "refused");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(sig, "sig");
    }

    @Override public PeerId relinquisher() { return refused.holder(); }

    @Override public PeerId recipient() { return payer; }

    @Override public long relinquishedSeq() { return refused.seq(); }

    @Override public CoinId coinId() { return refused.coin().id(); }

    @Override public Message message() { return this; }

    @Override public Holding given() { return refused; }

    public static byte[] signedBytes(PeerId payer, Holding refused, ErrorCode reason) {
        return writeSigned(new Writer(signedSize(refused)), payer, refused, reason).bytes();
    }

    private static int signedSize(Holding refused) { return 1 + PeerId.LENGTH + 4 + refused.size() + 1; }

    private static Writer writeSigned(Writer w, PeerId payer, Holding refused, ErrorCode reason) {
        return w.u8(Tag.REFUSAL).peer(payer).nested(refused).u8(reason.wire());
    }

    @Override public byte[] signedBytes() { return signedBytes(payer, refused, reason); }

    @Override public int size() { return signedSize(refused) + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, payer, refused, reason).sig(sig); }

    @Override public int signatures() { return 1 + refused.signatures(); }

    @Override public int identities() { return 1 + refused.identities(); }

    static Refusal read(Reader r) throws PPayException {
        PeerId payer = r.peer();
        Holding refused = Codec.readNested(r, Holding.class);
        ErrorCode reason = ErrorCode.fromWire(r.u8());
        return Codec.build(() -> new Refusal(payer, refused, reason, r.sig()));
    }
}
