package org.ppay.core.msg;

import java.util.List;
import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
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
        if (!fits(proofs)) throw new IllegalArgumentException("arbitration response of " + (signedSize(proofs) + Sig.LENGTH) + " bytes exceeds " + Reader.MAX_MESSAGE);
        for (Relinquishment p : proofs) {
            if (!p.coinId().equals(coin)) throw new IllegalArgumentException("every proof must be about the arbitrated coin");
        }
    }

    public static byte[] signedBytes(CoinId coin, List<Relinquishment> proofs) {
        return writeSigned(new Writer(signedSize(proofs)), coin, proofs).bytes();
    }

    private static int signedSize(List<Relinquishment> proofs) {
        int n = 1 + PeerId.LENGTH + 8 + 1;
        for (int i = 0; i < proofs.size(); i++) n += 4 + proofs.get(i).message().size();
        return n;
    }

    private static Writer writeSigned(Writer w, CoinId coin, List<Relinquishment> proofs) {
        w.u8(Tag.ARBITRATION_RESPONSE).peer(coin.owner()).i64(coin.sn()).u8(proofs.size());
        for (int i = 0; i < proofs.size(); i++) w.nested(proofs.get(i).message());
        return w;
    }

    public byte[] signedBytes() { return signedBytes(coin, proofs); }

    @Override public int size() { return signedSize(proofs) + Sig.LENGTH; }

    /** Whether a response with these proofs stays within 255 proofs and one message ({@link Reader#MAX_MESSAGE}): decodable. */
    public static boolean fits(List<Relinquishment> proofs) {
        return proofs.size() <= 255 && signedSize(proofs) + Sig.LENGTH <= Reader.MAX_MESSAGE;
    }

    @Override public void writeTo(Writer w) { writeSigned(w, coin, proofs).sig(ownerSig); }

    @Override public int signatures() { return 1 + proofs.stream().mapToInt(p -> p.message().signatures()).sum(); }

    @Override public int identities() { return 1 + proofs.stream().mapToInt(p -> p.message().identities()).sum(); }

    static ArbitrationResponse read(Reader r) throws PPayException {
        CoinId coin = Codec.build(() -> new CoinId(r.peer(), r.i64()));
        List<Relinquishment> proofs = Codec.readList(r, r.u8(), Relinquishment.class);
        return Codec.build(() -> new ArbitrationResponse(coin, proofs, r.sig()));
    }
}
