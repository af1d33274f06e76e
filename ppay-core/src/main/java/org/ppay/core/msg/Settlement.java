package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * The payer's word that the coin it just paid, its holding of {@code coin} at sequence number {@code seq}, settles
 * {@code picopayments} on its credit window with the payee (Section 5.4: a coin is worth x picopayments, Table 1's
 * Credit Window Size, on which both must agree). The payee moves the balance only against a holding it took from
 * that payer and has not counted yet. Unsigned: the holding itself carries the signatures.
 */
public record Settlement(PeerId payer, PeerId payee, CoinId coin, long seq, int picopayments) implements Message {
    public Settlement {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(coin, "coin");
        if (seq < 1) throw new IllegalArgumentException("a paid holding has a sequence number of at least 1");
        if (picopayments < 1 || picopayments > 65_535) throw new IllegalArgumentException("a coin settles 1..65535 picopayments");
    }

    @Override public int size() { return 1 + 3 * PeerId.LENGTH + 16 + 2; }

    @Override public void writeTo(Writer w) {
        w.u8(Tag.SETTLEMENT).peer(payer).peer(payee).peer(coin.owner()).i64(coin.sn()).i64(seq).u16(picopayments);
    }

    @Override public int signatures() { return 0; }

    @Override public int identities() { return 3; }

    static Settlement read(Reader r) throws PPayException {
        PeerId payer = r.peer(), payee = r.peer(), owner = r.peer();
        long sn = r.i64(), seq = r.i64();
        int x = r.u16();
        return Codec.build(() -> new Settlement(payer, payee, new CoinId(owner, sn), seq, x));
    }
}
