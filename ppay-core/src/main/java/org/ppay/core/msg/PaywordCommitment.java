package org.ppay.core.msg;

import java.util.Arrays;
import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/**
 * {payer, payee, w_0, n}SK_payer (Payword, Rivest and Shamir; paper Section 5.4): commits to a hash chain
 * w_n -> ... -> w_1 -> w_0 with w_{i-1} = H(w_i). Paying word w_i proves i picopayments.
 */
public record PaywordCommitment(PeerId payer, PeerId payee, byte[] root, int length, long ts, Sig sig) implements Message {
    public PaywordCommitment {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(sig, "sig");
        if (root == null || root.length != 32) throw new IllegalArgumentException("a chain root is 32 bytes");
        if (length < 1 || length > 65535) throw new IllegalArgumentException("chain length must be 1..65535");
        root = root.clone();
    }

    @Override public byte[] root() { return root.clone(); }

    public static byte[] signedBytes(PeerId payer, PeerId payee, byte[] root, int length, long ts) {
        return writeSigned(new Writer(signedSize(root)), payer, payee, root, length, ts).bytes();
    }

    private static int signedSize(byte[] root) { return 1 + 2 * PeerId.LENGTH + root.length + 2 + 8; }

    private static Writer writeSigned(Writer w, PeerId payer, PeerId payee, byte[] root, int length, long ts) {
        return w.u8(Tag.PAYWORD_COMMITMENT).peer(payer).peer(payee).raw(root).u16(length).i64(ts);
    }

    public byte[] signedBytes() { return signedBytes(payer, payee, root, length, ts); }

    @Override public int size() { return signedSize(root) + Sig.LENGTH; }

    @Override public void writeTo(Writer w) { writeSigned(w, payer, payee, root, length, ts).sig(sig); }

    @Override public int signatures() { return 1; }

    @Override public int identities() { return 2; }

    @Override public boolean equals(Object o) {
        return o instanceof PaywordCommitment c && payer.equals(c.payer) && payee.equals(c.payee)
            && Arrays.equals(root, c.root) && length == c.length && ts == c.ts && sig.equals(c.sig);
    }

    @Override public int hashCode() { return Objects.hash(payer, payee, Arrays.hashCode(root), length, ts, sig); }

    static PaywordCommitment read(Reader r) throws PPayException {
        PeerId payer = r.peer(), payee = r.peer();
        byte[] root = r.bytes(32);
        int length = r.u16();
        long ts = r.i64();
        return Codec.build(() -> new PaywordCommitment(payer, payee, root, length, ts, r.sig()));
    }
}
