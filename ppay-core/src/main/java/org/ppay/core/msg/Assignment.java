package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * A_UV = {V, seq, ts, r_b, r_e, C}SK_U (eqs. 2, 4, 9, 11), or the same content signed by the broker in
 * the downtime protocol (eq. 5). The content is identical either way; {@code byBroker} only says which key
 * to check, and is not signed (flipping it just makes the check fail).
 */
public record Assignment(PeerId holder, long seq, long ts, long rb, long re, Coin coin, boolean byBroker, Sig sig)
        implements Holding {
    public Assignment {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(coin, "coin");
        Objects.requireNonNull(sig, "sig");
        if (seq < 0) throw new IllegalArgumentException("sequence numbers are non-negative");
        if (re < rb) throw new IllegalArgumentException("renewal window ends before it begins");
    }

    @Override public Assignment base() { return this; }

    @Override public int layers() { return 0; }

    /** Whether the coin may still be paid, renewed or cashed at time {@code now} (Section 5.3). */
    public boolean validAt(long now) { return now <= re; }

    public static byte[] signedBytes(PeerId holder, long seq, long ts, long rb, long re, Coin coin) {
        return writeSigned(new Writer(signedSize(coin)), holder, seq, ts, rb, re, coin).bytes();
    }

    private static int signedSize(Coin coin) { return 1 + PeerId.LENGTH + 32 + 4 + coin.size(); }

    private static Writer writeSigned(Writer w, PeerId holder, long seq, long ts, long rb, long re, Coin coin) {
        return w.u8(Tag.ASSIGNMENT).peer(holder).i64(seq).i64(ts).i64(rb).i64(re).nested(coin);
    }

    public byte[] signedBytes() { return signedBytes(holder, seq, ts, rb, re, coin); }

    @Override public int size() { return signedSize(coin) + 1 + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, holder, seq, ts, rb, re, coin).bool(byBroker).sig(sig); }

    @Override public int signatures() { return 1 + coin.signatures(); }

    @Override public int identities() { return 1 + coin.identities(); }

    /**
     * Same assignment in the paper's sense, whoever signed it and when: same coin, holder, sequence number and renewal
     * window. The broker signs "the same assignment" the owner would (eq. 5); a serial printed twice and assigned again
     * after its window closed is another assignment.
     */
    public boolean sameAs(Assignment o) {
        return o.coin.id().equals(coin.id()) && o.seq == seq && o.holder.equals(holder) && o.rb == rb && o.re == re;
    }

    @Override public boolean sameHolding(Holding o) { return o instanceof Assignment a && sameAs(a); }

    static Assignment read(Reader r) throws PPayException {
        PeerId holder = r.peer();
        long seq = r.i64(), ts = r.i64(), rb = r.i64(), re = r.i64();
        Coin coin = Codec.readNested(r, Coin.class);
        boolean byBroker = r.bool();
        return Codec.build(() -> new Assignment(holder, seq, ts, rb, re, coin, byBroker, r.sig()));
    }
}
