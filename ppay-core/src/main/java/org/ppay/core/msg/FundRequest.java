package org.ppay.core.msg;

import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/** {account, amount, nonce, time}SK_account: adds money to an account's balance (from the peer's credit card, Section 4.2). */
public record FundRequest(PeerId account, long amount, long nonce, long time, Sig sig) implements AccountRequest {
    public FundRequest {
        AccountRequestLayout.requireParts(account, sig);
        if (amount <= 0) throw new IllegalArgumentException("a fund amount is positive");
    }

    public static byte[] signedBytes(PeerId account, long amount, long nonce, long time) {
        return AccountRequestLayout.signedBytes(Tag.FUND_REQUEST, account, nonce, time, amount);
    }

    @Override public byte[] signedBytes() { return signedBytes(account, amount, nonce, time); }

    @Override public int size() { return AccountRequestLayout.size(1); }

    @Override public void writeTo(Writer w) { AccountRequestLayout.writeTo(w, Tag.FUND_REQUEST, this, amount); }

    static FundRequest read(Reader r) throws PPayException {
        return AccountRequestLayout.read(r, 1, (account, f, nonce, time, sig) -> new FundRequest(account, f[0], nonce, time, sig));
    }
}
