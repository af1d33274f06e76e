package org.ppay.core.msg;

import java.util.List;
import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
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
        if (!fits(claims)) throw new IllegalArgumentException("arbitration request of " + (signedSize(claims) + Sig.LENGTH) + " bytes exceeds " + Reader.MAX_MESSAGE);
        for (Holding h : claims) {
            if (!h.coin().id().equals(coin)) throw new IllegalArgumentException("every claim must be on the arbitrated coin");
        }
    }

    public static byte[] signedBytes(CoinId coin, List<Holding> claims) { return writeSigned(new Writer(signedSize(claims)), coin, claims).bytes(); }

    private static int signedSize(List<Holding> claims) {
        int n = 1 + PeerId.LENGTH + 8 + 1;
        for (int i = 0; i < claims.size(); i++) n += 4 + claims.get(i).size();
        return n;
    }

    private static Writer writeSigned(Writer w, CoinId coin, List<Holding> claims) {
        w.u8(Tag.ARBITRATION_REQUEST).peer(coin.owner()).i64(coin.sn()).u8(claims.size());
        for (int i = 0; i < claims.size(); i++) w.nested(claims.get(i));
        return w;
    }

    public byte[] signedBytes() { return signedBytes(coin, claims); }

    @Override public int size() { return signedSize(claims) + Sig.LENGTH; }

    /** Whether a request with these claims stays within 255 claims and one message ({@link Reader#MAX_MESSAGE}): decodable. */
    public static boolean fits(List<Holding> claims) {
        return claims.size() <= 255 && signedSize(claims) + Sig.LENGTH <= Reader.MAX_MESSAGE;
    }

    @Override public void writeTo(Writer w) { writeSigned(w, coin, claims).sig(brokerSig); }

    @Override public int signatures() { return 1 + claims.stream().mapToInt(Message::signatures).sum(); }

    @Override public int identities() { return 1 + claims.stream().mapToInt(Message::identities).sum(); }

    static ArbitrationRequest read(Reader r) throws PPayException {
        CoinId coin = Codec.build(() -> new CoinId(r.peer(), r.i64()));
        List<Holding> claims = Codec.readList(r, r.u8(), Holding.class);
        return Codec.build(() -> new ArbitrationRequest(coin, claims, r.sig()));
    }
}
