package org.ppay.core.msg;

import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * {account, balance, deposit, prepaid, status, frauds, nonce, time}SK_B: the broker's answer to a join, fund,
 * leave or statement request. It repeats the request's nonce, so a client can tell the answer to its own
 * request from a replayed old one. Balance and prepaid value are reported as the broker keeps them: a
 * balance may be negative (a debt left by punishment, Section 4.2), and so may the prepaid value of an account
 * whose coins were cashed after it left.
 */
public record AccountStatement(PeerId account, long balance, long deposit, long prepaid, Status status, long frauds,
                               long nonce, long time, Sig sig) implements Message {
    /** An account's standing, with stable wire numbers; mirrors {@code org.ppay.core.role.Broker.Status}. */
    public enum Status implements Codec.Numbered {
        ACTIVE(1), BOOTED(2), CLOSED(3), VANISHED(4);

        private final int wire;

        Status(int wire) { this.wire = wire; }

        @Override public int wire() { return wire; }

        public static Status fromWire(int n) throws PPayException { return Codec.byWire(values(), n, "account status"); }
    }

    public AccountStatement {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sig, "sig");
        if (deposit < 0 || frauds < 0) throw new IllegalArgumentException("deposit and frauds are non-negative");
    }

    private static final int SIGNED_SIZE = 1 + PeerId.LENGTH + 3 * 8 + 1 + 3 * 8;

    public static byte[] signedBytes(PeerId account, long balance, long deposit, long prepaid, Status status, long frauds, long nonce, long time) {
        return writeSigned(new Writer(SIGNED_SIZE), account, balance, deposit, prepaid, status, frauds, nonce, time).bytes();
    }

    private static Writer writeSigned(Writer w, PeerId account, long balance, long deposit, long prepaid, Status status, long frauds,
                                      long nonce, long time) {
        return w.u8(Tag.ACCOUNT_STATEMENT).peer(account).i64(balance).i64(deposit).i64(prepaid).u8(status.wire()).i64(frauds)
            .i64(nonce).i64(time);
    }

    public byte[] signedBytes() { return signedBytes(account, balance, deposit, prepaid, status, frauds, nonce, time); }

    @Override public int size() { return SIGNED_SIZE + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, account, balance, deposit, prepaid, status, frauds, nonce, time).sig(sig); }

    @Override public int signatures() { return 1; }

    @Override public int identities() { return 1; }

    static AccountStatement read(Reader r) throws PPayException {
        PeerId account = r.peer();
        long balance = r.i64(), deposit = r.i64(), prepaid = r.i64();
        Status status = Status.fromWire(r.u8());
        long frauds = r.i64(), nonce = r.i64(), time = r.i64();
        return Codec.build(() -> new AccountStatement(account, balance, deposit, prepaid, status, frauds, nonce, time, r.sig()));
    }
}
