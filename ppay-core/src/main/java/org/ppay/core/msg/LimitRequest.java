package org.ppay.core.msg;

import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * {account, lim_l, lim_u, nonce, time}SK_account: buys a limit certificate L = {U, lim_l, lim_u}SK_B (eq. 6),
 * prepaying lim_u - lim_l + 1 coins (Section 5.1). Serial 0 is never sold, so lim_l is at least 1.
 */
public record LimitRequest(PeerId account, long liml, long limu, long nonce, long time, Sig sig) implements AccountRequest {
    public LimitRequest {
        AccountRequestLayout.requireParts(account, sig);
        if (liml < 1 || limu < liml) throw new IllegalArgumentException("need 1 <= lim_l <= lim_u");
    }

    public static byte[] signedBytes(PeerId account, long liml, long limu, long nonce, long time) {
        return AccountRequestLayout.signedBytes(Tag.LIMIT_REQUEST, account, nonce, time, liml, limu);
    }

    @Override public byte[] signedBytes() { return signedBytes(account, liml, limu, nonce, time); }

    @Override public int size() { return AccountRequestLayout.size(2); }

    @Override public void writeTo(Writer w) { AccountRequestLayout.writeTo(w, Tag.LIMIT_REQUEST, this, liml, limu); }

    static LimitRequest read(Reader r) throws PPayException {
        return AccountRequestLayout.read(r, 2, (account, f, nonce, time, sig) -> new LimitRequest(account, f[0], f[1], nonce, time, sig));
    }
}
