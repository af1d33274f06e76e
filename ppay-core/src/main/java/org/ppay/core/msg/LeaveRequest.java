package org.ppay.core.msg;

import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * {account, nonce, time}SK_account: formal leave (Section 4.2). The prepaid value of unused serials and, if the
 * peer never cheated, its deposit go back to its balance; the account closes.
 */
public record LeaveRequest(PeerId account, long nonce, long time, Sig sig) implements AccountRequest {
    public LeaveRequest { AccountRequestLayout.requireParts(account, sig); }

    public static byte[] signedBytes(PeerId account, long nonce, long time) {
        return AccountRequestLayout.signedBytes(Tag.LEAVE_REQUEST, account, nonce, time);
    }

    @Override public byte[] signedBytes() { return signedBytes(account, nonce, time); }

    @Override public int size() { return AccountRequestLayout.size(0); }

    @Override public void writeTo(Writer w) { AccountRequestLayout.writeTo(w, Tag.LEAVE_REQUEST, this); }

    static LeaveRequest read(Reader r) throws PPayException {
        return AccountRequestLayout.read(r, 0, (account, f, nonce, time, sig) -> new LeaveRequest(account, nonce, time, sig));
    }
}
