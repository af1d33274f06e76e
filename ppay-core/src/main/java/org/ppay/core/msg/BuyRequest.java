package org.ppay.core.msg;

import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/** {account, count, nonce, time}SK_account: buys {@code count} raw coins C = {U, sn}SK_B (eq. 1), prepaid from the balance. */
public record BuyRequest(PeerId account, int count, long nonce, long time, Sig sig) implements AccountRequest {
    /** The most coins one request buys: the broker signs each, so one request stays a bounded amount of work. */
    public static final int MAX_COUNT = 255;

    public BuyRequest {
        AccountRequestLayout.requireParts(account, sig);
        if (count < 1 || count > MAX_COUNT) throw new IllegalArgumentException("a purchase is of 1.." + MAX_COUNT + " coins");
    }

    public static byte[] signedBytes(PeerId account, int count, long nonce, long time) {
        return AccountRequestLayout.signedBytes(Tag.BUY_REQUEST, account, nonce, time, count);
    }

    @Override public byte[] signedBytes() { return signedBytes(account, count, nonce, time); }

    @Override public int size() { return AccountRequestLayout.size(1); }

    @Override public void writeTo(Writer w) { AccountRequestLayout.writeTo(w, Tag.BUY_REQUEST, this, count); }

    /** A decoded count, which must be a count this record accepts (an i64 on the wire). */
    private static int count(long wire) {
        if (wire < 1 || wire > MAX_COUNT) throw new IllegalArgumentException("a purchase is of 1.." + MAX_COUNT + " coins, not " + wire);
        return (int) wire;
    }

    static BuyRequest read(Reader r) throws PPayException {
        return AccountRequestLayout.read(r, 1, (account, f, nonce, time, sig) -> new BuyRequest(account, count(f[0]), nonce, time, sig));
    }
}
