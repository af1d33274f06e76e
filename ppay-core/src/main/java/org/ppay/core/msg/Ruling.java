package org.ppay.core.msg;

import java.util.List;
import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * {coin, culprits, time}SK_B: the broker's outcome of an arbitration (Sections 4.1–4.2), who it found guilty of
 * what on one coin, so that owner and holders can act on it (drop void coins, claim refunds). No culprits:
 * every claim was settled without fraud.
 */
public record Ruling(CoinId coin, List<Culprit> culprits, long time, Sig sig) implements Message {
    /** At most this many culprits: the count is one byte. */
    public static final int MAX_CULPRITS = 255;

    /** Kinds of proven fraud, with stable wire numbers; mirrors {@code org.ppay.core.role.Detection.Kind}. */
    public enum Kind implements Codec.Numbered {
        HOLDER_DOUBLE_SPEND(1), OWNER_DOUBLE_SPEND(2), WRONGFUL_DENIAL(3), WINDOW_TAMPERING(4);

        private final int wire;

        Kind(int wire) { this.wire = wire; }

        @Override public int wire() { return wire; }

        public static Kind fromWire(int n) throws PPayException { return Codec.byWire(values(), n, "fraud kind"); }
    }

    /** One peer found guilty, and of what. */
    public record Culprit(PeerId culprit, Kind kind) {
        public Culprit {
            Objects.requireNonNull(culprit, "culprit");
            Objects.requireNonNull(kind, "kind");
        }
    }

    public Ruling {
        Objects.requireNonNull(coin, "coin");
        Objects.requireNonNull(sig, "sig");
        culprits = List.copyOf(culprits);
        if (culprits.size() > MAX_CULPRITS) throw new IllegalArgumentException("at most " + MAX_CULPRITS + " culprits");
    }

    public static byte[] signedBytes(CoinId coin, List<Culprit> culprits, long time) {
        return writeSigned(new Writer(signedSize(culprits)), coin, culprits, time).bytes();
    }

    private static int signedSize(List<Culprit> culprits) { return 1 + PeerId.LENGTH + 8 + 1 + culprits.size() * (PeerId.LENGTH + 1) + 8; }

    private static Writer writeSigned(Writer w, CoinId coin, List<Culprit> culprits, long time) {
        w.u8(Tag.RULING).peer(coin.owner()).i64(coin.sn()).u8(culprits.size());
        for (Culprit c : culprits) w.peer(c.culprit()).u8(c.kind().wire());
        return w.i64(time);
    }

    public byte[] signedBytes() { return signedBytes(coin, culprits, time); }

    @Override public int size() { return signedSize(culprits) + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, coin, culprits, time).sig(sig); }

    @Override public int signatures() { return 1; }

    @Override public int identities() { return 1 + culprits.size(); }

    static Ruling read(Reader r) throws PPayException {
        CoinId coin = Codec.build(() -> new CoinId(r.peer(), r.i64()));
        int n = r.u8();
        Culprit[] culprits = new Culprit[n];
        for (int i = 0; i < n; i++) culprits[i] = new Culprit(r.peer(), Kind.fromWire(r.u8()));
        long time = r.i64();
        return Codec.build(() -> new Ruling(coin, List.of(culprits), time, r.sig()));
    }
}
