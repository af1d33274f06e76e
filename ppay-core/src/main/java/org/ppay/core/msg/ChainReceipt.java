package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * The broker's signed receipt for a redeemed Payword chain ({@link ChainRedemption}): the chain (payer, payee and the
 * commitment's timestamp), the words paid for and the amount credited to the payee.
 */
public record ChainReceipt(PeerId payer, PeerId payee, long chainTs, int words, long credited, long ts, Sig brokerSig) implements Message {
    public ChainReceipt {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(brokerSig, "brokerSig");
        if (words < 1 || words > 65535) throw new IllegalArgumentException("a redeemed chain pays 1..65535 words");
    }

    private static final int SIGNED_SIZE = 1 + 2 * PeerId.LENGTH + 8 + 2 + 8 + 8;

    public static byte[] signedBytes(PeerId payer, PeerId payee, long chainTs, int words, long credited, long ts) {
        return writeSigned(new Writer(SIGNED_SIZE), payer, payee, chainTs, words, credited, ts).bytes();
    }

    private static Writer writeSigned(Writer w, PeerId payer, PeerId payee, long chainTs, int words, long credited, long ts) {
        return w.u8(Tag.CHAIN_RECEIPT).peer(payer).peer(payee).i64(chainTs).u16(words).i64(credited).i64(ts);
    }

    public byte[] signedBytes() { return signedBytes(payer, payee, chainTs, words, credited, ts); }

    @Override public int size() { return SIGNED_SIZE + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, payer, payee, chainTs, words, credited, ts).sig(brokerSig); }

    @Override public int signatures() { return 1; }

    @Override public int identities() { return 2; }

    static ChainReceipt read(Reader r) throws PPayException {
        PeerId payer = r.peer(), payee = r.peer();
        long chainTs = r.i64();
        int words = r.u16();
        long credited = r.i64(), ts = r.i64();
        return Codec.build(() -> new ChainReceipt(payer, payee, chainTs, words, credited, ts, r.sig()));
    }
}
