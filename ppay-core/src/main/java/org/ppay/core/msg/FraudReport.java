package org.ppay.core.msg;

import java.util.Arrays;
import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * {first, second, victim?}SK_reporter: two different relinquishments of one assignment by its holder, the
 * proof of a holder double spend (Section 4.1), taken to the broker by whoever holds both (usually the coin's
 * owner, from its audit trail). The victim, if named, is the peer left with the void copy (Section 4.2).
 */
public record FraudReport(PeerId reporter, Relinquishment first, Relinquishment second, PeerId victim, Sig sig) implements Message {
    public FraudReport {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(sig, "sig");
        if (!first.coinId().equals(second.coinId()) || first.relinquishedSeq() != second.relinquishedSeq()) {
            throw new IllegalArgumentException("a fraud report needs two relinquishments of one assignment");
        }
        if (!first.relinquisher().equals(second.relinquisher())) throw new IllegalArgumentException("both relinquishments must be by one holder");
        if (!first.given().sameHolding(second.given())) throw new IllegalArgumentException("both relinquishments must give up one holding");
        if (Arrays.equals(first.message().encode(), second.message().encode())) throw new IllegalArgumentException("the two relinquishments are the same");
    }

    /** The holder who gave one assignment up twice. */
    public PeerId accused() { return first.relinquisher(); }

    public static byte[] signedBytes(PeerId reporter, Relinquishment first, Relinquishment second, PeerId victim) {
        return writeSigned(new Writer(signedSize(first, second, victim)), reporter, first, second, victim).bytes();
    }

    private static int signedSize(Relinquishment first, Relinquishment second, PeerId victim) {
        return 1 + PeerId.LENGTH + 4 + first.message().size() + 4 + second.message().size() + 1 + (victim == null ? 0 : PeerId.LENGTH);
    }

    private static Writer writeSigned(Writer w, PeerId reporter, Relinquishment first, Relinquishment second, PeerId victim) {
        w.u8(Tag.FRAUD_REPORT).peer(reporter).nested(first.message()).nested(second.message()).bool(victim != null);
        return victim == null ? w : w.peer(victim);
    }

    public byte[] signedBytes() { return signedBytes(reporter, first, second, victim); }

    @Override public int size() { return signedSize(first, second, victim) + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, reporter, first, second, victim).sig(sig); }

    @Override public int signatures() { return 1 + first.message().signatures() + second.message().signatures(); }

    @Override public int identities() {
        return 1 + first.message().identities() + second.message().identities() + (victim == null ? 0 : 1);
    }

    static FraudReport read(Reader r) throws PPayException {
        PeerId reporter = r.peer();
        Relinquishment first = Codec.readNested(r, Relinquishment.class);
        Relinquishment second = Codec.readNested(r, Relinquishment.class);
        PeerId victim = r.bool() ? r.peer() : null;
        return Codec.build(() -> new FraudReport(reporter, first, second, victim, r.sig()));
    }
}
