package org.ppay.core.msg;

import java.util.List;
import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/** {coin, proofs}SK_U: the owner's answer to an arbitration, carrying proofs of relinquishment. */
public record ArbitrationResponse(CoinId coin, List<Relinquishment> proofs, Sig ownerSig) implements Message {
    public ArbitrationResponse {
        Objects.requireNonNull(coin, "coin");
        Objects.requireNonNull(ownerSig, "ownerSig");
        proofs = List.copyOf(proofs);
        if (proofs.size() > 255) throw new IllegalArgumentException("at most 255 proofs");
        for (Relinquishment p : proofs) {
            if (!p.coinId().equals(coin)) throw new IllegalArgumentException("every proof must be about the arbitrated coin");
        }
    }

    public static byte[] signedBytes(CoinId coin, List<Relinquishment> proofs) {
        Writer w = new Writer().u8(Tag.ARBITRATION_RESPONSE).peer(coin.owner()).i64(coin.sn()).u8(proofs.size());
        for (Relinquishment p : proofs) w.nested(p.message().encode());
        return w.bytes();
    }

    public byte[] signedBytes() { return signedBytes(coin, proofs); }

    @Override public int signatures() { return 1 + proofs.stream().mapToInt(p -> p.message().signatures()).sum(); }

    @Override public int identities() { return 1 + proofs.stream().mapToInt(p -> p.message().identities()).sum(); }

    @Override public byte[] encode() { return new Writer().raw(signedBytes()).sig(ownerSig).bytes(); }

    static ArbitrationResponse read(Reader r) throws PPayException {
        CoinId coin = Codec.build(() -> new CoinId(r.peer(), r.i64()));
        List<Relinquishment> proofs = Codec.readList(r, r.u8(), Relinquishment.class);
        return Codec.build(() -> new ArbitrationResponse(coin, proofs, r.sig()));
    }
}
