package org.ppay.core.msg;

import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * {account, balance, deposit, nonce, time}SK_account: opens an account. The balance pays for coins; the
 * deposit is held apart against fraud and forfeited by a peer that cheats and disappears (Section 4.2).
 */
public record JoinRequest(PeerId account, long balance, long deposit, long nonce, long time, Sig sig) implements AccountRequest {
    public JoinRequest {
        AccountRequestLayout.requireParts(account, sig);
        if (balance < 0 || deposit < 0) throw new IllegalArgumentException("balance and deposit are non-negative");
    }

    public static byte[] signedBytes(PeerId account, long balance, long deposit, long nonce, long time) {
        return AccountRequestLayout.signedBytes(Tag.JOIN_REQUEST, account, nonce, time, balance, deposit);
    }

    @Override public byte[] signedBytes() { return signedBytes(account, balance, deposit, nonce, time); }

    @Override public int size() { return AccountRequestLayout.size(2); }

    @Override public void writeTo(Writer w) { AccountRequestLayout.writeTo(w, Tag.JOIN_REQUEST, this, balance, deposit); }

    static JoinRequest read(Reader r) throws PPayException {
        return AccountRequestLayout.read(r, 2, (account, f, nonce, time, sig) -> new JoinRequest(account, f[0], f[1], nonce, time, sig));
    }
}
