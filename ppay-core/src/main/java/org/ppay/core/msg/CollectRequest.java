package org.ppay.core.msg;

import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * {account, nonce, time}SK_account: a returning owner collects what the broker did for holders of its coins
 * while it was down (the stored requests of the downtime protocol, Section 3), which it must audit, and the
 * arbitrations waiting for its answer (Section 4.1).
 */
public record CollectRequest(PeerId account, long nonce, long time, Sig sig) implements AccountRequest {
    public CollectRequest { AccountRequestLayout.requireParts(account, sig); }

    public static byte[] signedBytes(PeerId account, long nonce, long time) {
        return AccountRequestLayout.signedBytes(Tag.COLLECT_REQUEST, account, nonce, time);
    }

    @Override public byte[] signedBytes() { return signedBytes(account, nonce, time); }

    @Override public int size() { return AccountRequestLayout.size(0); }

    @Override public void writeTo(Writer w) { AccountRequestLayout.writeTo(w, Tag.COLLECT_REQUEST, this); }

    static CollectRequest read(Reader r) throws PPayException {
        return AccountRequestLayout.read(r, 0, (account, f, nonce, time, sig) -> new CollectRequest(account, nonce, time, sig));
    }
}
