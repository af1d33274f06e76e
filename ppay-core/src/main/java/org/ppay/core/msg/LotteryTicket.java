package org.ppay.core.msg;

import java.util.Arrays;
import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * {payer, payee, serial, s, H(x)}SK_payer: an electronic lottery ticket (Rivest, cited as [11]) worth one coin
 * with probability 1/s. The payer commits to a secret x before the payee picks its nonce y, so neither alone
 * can bias the outcome H(x || y) mod s == 0.
 */
public record LotteryTicket(PeerId payer, PeerId payee, long serial, int odds, byte[] commitment, Sig sig) implements Message {
    public LotteryTicket {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(sig, "sig");
        if (odds < 1) throw new IllegalArgumentException("odds s must be >= 1");
        if (commitment == null || commitment.length != 32) throw new IllegalArgumentException("a commitment is 32 bytes");
        commitment = commitment.clone();
    }

    @Override public byte[] commitment() { return commitment.clone(); }

    public static byte[] signedBytes(PeerId payer, PeerId payee, long serial, int odds, byte[] commitment) {
        return writeSigned(new Writer(signedSize(commitment)), payer, payee, serial, odds, commitment).bytes();
    }

    private static int signedSize(byte[] commitment) { return 1 + 2 * PeerId.LENGTH + 8 + 8 + commitment.length; }

    private static Writer writeSigned(Writer w, PeerId payer, PeerId payee, long serial, int odds, byte[] commitment) {
        return w.u8(Tag.LOTTERY_TICKET).peer(payer).peer(payee).i64(serial).i64(odds).raw(commitment);
    }

    public byte[] signedBytes() { return signedBytes(payer, payee, serial, odds, commitment); }

    @Override public int size() { return signedSize(commitment) + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, payer, payee, serial, odds, commitment).sig(sig); }

    @Override public int signatures() { return 1; }

    @Override public int identities() { return 2; }

    @Override public boolean equals(Object o) {
        return o instanceof LotteryTicket t && payer.equals(t.payer) && payee.equals(t.payee) && serial == t.serial
            && odds == t.odds && Arrays.equals(commitment, t.commitment) && sig.equals(t.sig);
    }

    @Override public int hashCode() { return Objects.hash(payer, payee, serial, odds, Arrays.hashCode(commitment), sig); }

    static LotteryTicket read(Reader r) throws PPayException {
        PeerId payer = r.peer(), payee = r.peer();
        long serial = r.i64();
        long odds = r.i64();
        if (odds < 1 || odds > Integer.MAX_VALUE) throw new PPayException(org.ppay.core.ErrorCode.MALFORMED, "odds " + odds);
        byte[] c = r.bytes(32);
        return Codec.build(() -> new LotteryTicket(payer, payee, serial, (int) odds, c, r.sig()));
    }
}
