package org.ppay.core.msg;

import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/** {account, nonce, time}SK_account: asks for the account's balance, deposit, prepaid value, status and frauds. */
public record StatementRequest(PeerId account, long nonce, long time, Sig sig) implements AccountRequest {
    public StatementRequest { AccountRequestLayout.requireParts(account, sig); }

    public static byte[] signedBytes(PeerId account, long nonce, long time) {
        return AccountRequestLayout.signedBytes(Tag.STATEMENT_REQUEST, account, nonce, time);
    }

    @Override public byte[] signedBytes() { return signedBytes(account, nonce, time); }

    @Override public int size() { return AccountRequestLayout.size(0); }

    @Override public void writeTo(Writer w) { AccountRequestLayout.writeTo(w, Tag.STATEMENT_REQUEST, this); }

    static StatementRequest read(Reader r) throws PPayException {
        return AccountRequestLayout.read(r, 0, (account, f, nonce, time, sig) -> new StatementRequest(account, nonce, time, sig));
    }
}
