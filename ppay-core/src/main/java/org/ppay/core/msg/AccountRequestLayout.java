package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * The encoding every {@link AccountRequest} shares: tag, account, the request's own fields (each an i64),
 * nonce, time, then the account's signature. One layout, so the seven requests cannot drift apart.
 */
final class AccountRequestLayout {
    private AccountRequestLayout() {}

    /** Makes a request from its decoded parts; constructor refusals become MALFORMED in {@link #read}. */
    interface Make<T> {
        T make(PeerId account, long[] fields, long nonce, long time, Sig sig);
    }

    static void requireParts(PeerId account, Sig sig) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(sig, "sig");
    }

    private static int signedSize(int fields) { return 1 + PeerId.LENGTH + 8 * fields + 16; }

    static int size(int fields) { return signedSize(fields) + Sig.LENGTH; }

    static byte[] signedBytes(int tag, PeerId account, long nonce, long time, long... fields) {
        return writeSigned(new Writer(signedSize(fields.length)), tag, account, nonce, time, fields).bytes();
    }

    private static Writer writeSigned(Writer w, int tag, PeerId account, long nonce, long time, long[] fields) {
        w.u8(tag).peer(account);
        for (long f : fields) w.i64(f);
        return w.i64(nonce).i64(time);
    }

    static void writeTo(Writer w, int tag, AccountRequest q, long... fields) {
        writeSigned(w, tag, q.account(), q.nonce(), q.time(), fields).sig(q.sig());
    }

    static <T> T read(Reader r, int fields, Make<T> make) throws PPayException {
        PeerId account = r.peer();
        long[] f = new long[fields];
        for (int i = 0; i < fields; i++) f[i] = r.i64();
        long nonce = r.i64(), time = r.i64();
        return Codec.build(() -> make.make(account, f, nonce, time, r.sig()));
    }
}
