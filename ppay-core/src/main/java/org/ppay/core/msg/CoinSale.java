package org.ppay.core.msg;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * {account, nonce, coins}SK_B: the broker's answer to a {@link BuyRequest}, the raw coins C = {U, sn}SK_B
 * (eq. 1) it sold, each with its own signature. It repeats the request's nonce, binding the sale to it.
 */
public record CoinSale(PeerId account, long nonce, List<RawCoin> coins, Sig sig) implements Message {
    public CoinSale {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(sig, "sig");
        coins = List.copyOf(coins);
        if (coins.isEmpty() || coins.size() > BuyRequest.MAX_COUNT) throw new IllegalArgumentException("a sale is of 1.." + BuyRequest.MAX_COUNT + " coins");
        Set<Long> serials = new HashSet<>();
        for (RawCoin c : coins) {
            if (!c.owner().equals(account)) throw new IllegalArgumentException("every coin sold must be the buyer's");
            if (!serials.add(c.sn())) throw new IllegalArgumentException("serial " + c.sn() + " sold twice");
        }
    }

    public static byte[] signedBytes(PeerId account, long nonce, List<RawCoin> coins) {
        return writeSigned(new Writer(signedSize(coins)), account, nonce, coins).bytes();
    }

    private static int signedSize(List<RawCoin> coins) { return 1 + PeerId.LENGTH + 8 + Codec.listSize(coins); }

    private static Writer writeSigned(Writer w, PeerId account, long nonce, List<RawCoin> coins) {
        return Codec.writeList(w.u8(Tag.COIN_SALE).peer(account).i64(nonce), coins);
    }

    public byte[] signedBytes() { return signedBytes(account, nonce, coins); }

    @Override public int size() { return signedSize(coins) + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, account, nonce, coins).sig(sig); }

    @Override public int signatures() { return 1 + coins.size(); }

    @Override public int identities() { return 1 + coins.size(); }

    static CoinSale read(Reader r) throws PPayException {
        PeerId account = r.peer();
        long nonce = r.i64();
        List<RawCoin> coins = Codec.readList(r, r.u8(), RawCoin.class);
        return Codec.build(() -> new CoinSale(account, nonce, coins, r.sig()));
    }
}
