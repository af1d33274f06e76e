package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/** The broker's signed receipt for a cashed coin: (owner, sn, holder, seq) is what it records (Section 4.1). */
public record CashReceipt(CoinId coin, PeerId holder, long seq, long credited, long ts, Sig brokerSig) implements Message {
    public CashReceipt {
        Objects.requireNonNull(coin, "coin");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(brokerSig, "brokerSig");
    }

    private static final int SIGNED_SIZE = 1 + PeerId.LENGTH + 8 + PeerId.LENGTH + 24;

    public static byte[] signedBytes(CoinId coin, PeerId holder, long seq, long credited, long ts) {
        return writeSigned(new Writer(SIGNED_SIZE), coin, holder, seq, credited, ts).bytes();
    }

    private static Writer writeSigned(Writer w, CoinId coin, PeerId holder, long seq, long credited, long ts) {
        return w.u8(Tag.CASH_RECEIPT).peer(coin.owner()).i64(coin.sn()).peer(holder).i64(seq).i64(credited).i64(ts);
    }

    public byte[] signedBytes() { return signedBytes(coin, holder, seq, credited, ts); }

    @Override public int size() { return SIGNED_SIZE + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, coin, holder, seq, credited, ts).sig(brokerSig); }

    @Override public int signatures() { return 1; }

    @Override public int identities() { return 2; }

    static CashReceipt read(Reader r) throws PPayException {
        PeerId owner = r.peer();
        long sn = r.i64();
        PeerId holder = r.peer();
        long seq = r.i64(), credited = r.i64(), ts = r.i64();
        return Codec.build(() -> new CashReceipt(new CoinId(owner, sn), holder, seq, credited, ts, r.sig()));
    }
}
