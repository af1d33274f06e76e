package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * P_UVX = {X, V, seq_n, A_UV}SK_V (eq. 8): V pays X without the owner by adding a layer. Each layer is
 * also V's proof of relinquishment of the layer below it, which the owner keeps when it peels the coin.
 */
public record LayeredCoin(PeerId holder, PeerId from, long seq, Holding inner, Sig sig) implements Holding, Relinquishment {
    /** Hard bound on nesting in any encoding; the policy bound is Max Layers, checked by the owner. */
    public static final int MAX_DEPTH = 32;

    public LayeredCoin {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(inner, "inner");
        Objects.requireNonNull(sig, "sig");
        if (!from.equals(inner.holder())) throw new IllegalArgumentException("a layer is added by the holder of the coin below it");
        if (seq <= inner.seq()) throw new IllegalArgumentException("a layer's sequence number must exceed the one below it");
        if (inner.layers() + 1 > MAX_DEPTH) throw new IllegalArgumentException("more than " + MAX_DEPTH + " layers");
    }

    @Override public Coin coin() { return inner.coin(); }

    @Override public Assignment base() { return inner.base(); }

    @Override public int layers() { return inner.layers() + 1; }

    @Override public PeerId relinquisher() { return from; }

    @Override public long relinquishedSeq() { return inner.seq(); }

    @Override public CoinId coinId() { return coin().id(); }

    @Override public Message message() { return this; }

    @Override public PeerId recipient() { return holder; }

    @Override public Holding given() { return inner; }

    @Override public long nextSeq() { return seq; }

    @Override public boolean sameHolding(Holding o) {
        return o instanceof LayeredCoin l && l.holder.equals(holder) && l.from.equals(from) && l.seq == seq && inner.sameHolding(l.inner);
    }

    public static byte[] signedBytes(PeerId holder, PeerId from, long seq, Holding inner) {
        return writeSigned(new Writer(signedSize(inner)), holder, from, seq, inner).bytes();
    }

    private static int signedSize(Holding inner) { return 1 + 2 * PeerId.LENGTH + 8 + 4 + inner.size(); }

    private static Writer writeSigned(Writer w, PeerId holder, PeerId from, long seq, Holding inner) {
        return w.u8(Tag.LAYERED_COIN).peer(holder).peer(from).i64(seq).nested(inner);
    }

    @Override public byte[] signedBytes() { return signedBytes(holder, from, seq, inner); }

    @Override public int size() { return signedSize(inner) + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, holder, from, seq, inner).sig(sig); }

    @Override public int signatures() { return 1 + inner.signatures(); }

    @Override public int identities() { return 2 + inner.identities(); }

    static LayeredCoin read(Reader r) throws PPayException {
        PeerId holder = r.peer(), from = r.peer();
        long seq = r.i64();
        Holding inner = Codec.readNested(r, Holding.class);
        return Codec.build(() -> new LayeredCoin(holder, from, seq, inner, r.sig()));
    }
}
