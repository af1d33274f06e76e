package org.ppay.core.msg;

import java.util.List;
import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * {coin, claims}SK_B: the broker saw conflicting claims on one coin (two cashes, or a cash and a downtime
 * request) and asks the owner to refute them with proofs of relinquishment (Section 4.1). A claim the owner
 * cannot refute stands; if more than one stands, the owner double-spent.
 */
public record ArbitrationRequest(CoinId coin, List<Holding> claims, Sig brokerSig) implements Message {
    public ArbitrationRequest {
        Objects.requireNonNull(coin, "coin");
        Objects.requireNonNull(brokerSig, "brokerSig");
        claims = List.copyOf(claims);
        if (claims.isEmpty() || claims.size() > 255) throw new IllegalArgumentException("arbitration needs 1..255 claims");
        for (Holding h : claims) {
            if (!h.coin().id().equals(coin)) throw new IllegalArgumentException("every claim must be on the arbitrated coin");
        }
    }

    public static byte[] signedBytes(CoinId coin, List<Holding> claims) {
        Writer w = new Writer().u8(Tag.ARBITRATION_REQUEST).peer(coin.owner()).i64(coin.sn()).u8(claims.size());
        for (Holding h : claims) w.nested(h.encode());
        return w.bytes();
    }

    public byte[] signedBytes() { return signedBytes(coin, claims); }

    @Override public int signatures() { return 1 + claims.stream().mapToInt(Message::signatures).sum(); }

    @Override public int identities() { return 1 + claims.stream().mapToInt(Message::identities).sum(); }

    @Override public byte[] encode() { return new Writer().raw(signedBytes()).sig(brokerSig).bytes(); }

    static ArbitrationRequest read(Reader r) throws PPayException {
        CoinId coin = Codec.build(() -> new CoinId(r.peer(), r.i64()));
        List<Holding> claims = Codec.readList(r, r.u8(), Holding.class);
        return Codec.build(() -> new ArbitrationRequest(coin, claims, r.sig()));
    }
}
