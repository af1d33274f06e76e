package org.ppay.core.msg;

import java.util.Arrays;
import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/** {ticket, y}SK_payee: the payee's nonce, chosen after it saw the payer's commitment. */
public record LotteryChallenge(LotteryTicket ticket, byte[] nonce, Sig sig) implements Message {
    public LotteryChallenge {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(sig, "sig");
        if (nonce == null || nonce.length != 32) throw new IllegalArgumentException("a nonce is 32 bytes");
        nonce = nonce.clone();
    }

    @Override public byte[] nonce() { return nonce.clone(); }

    public static byte[] signedBytes(LotteryTicket ticket, byte[] nonce) {
        return writeSigned(new Writer(signedSize(ticket, nonce)), ticket, nonce).bytes();
    }

    private static int signedSize(LotteryTicket ticket, byte[] nonce) { return 1 + 4 + ticket.size() + nonce.length; }

    private static Writer writeSigned(Writer w, LotteryTicket ticket, byte[] nonce) {
        return w.u8(Tag.LOTTERY_CHALLENGE).nested(ticket).raw(nonce);
    }

    public byte[] signedBytes() { return signedBytes(ticket, nonce); }

    @Override public int size() { return signedSize(ticket, nonce) + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, ticket, nonce).sig(sig); }

    @Override public int signatures() { return 1 + ticket.signatures(); }

    @Override public int identities() { return ticket.identities(); }

    @Override public boolean equals(Object o) {
        return o instanceof LotteryChallenge c && ticket.equals(c.ticket) && Arrays.equals(nonce, c.nonce) && sig.equals(c.sig);
    }

    @Override public int hashCode() { return Objects.hash(ticket, Arrays.hashCode(nonce), sig); }

    static LotteryChallenge read(Reader r) throws PPayException {
        LotteryTicket t = Codec.readNested(r, LotteryTicket.class);
        byte[] y = r.bytes(32);
        return Codec.build(() -> new LotteryChallenge(t, y, r.sig()));
    }
}
