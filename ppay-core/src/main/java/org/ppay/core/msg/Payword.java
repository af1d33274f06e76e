package org.ppay.core.msg;

import java.util.Arrays;
import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/** (payer, i, w_i): the i-th word of a committed chain; unsigned, its hash chain is its proof. */
public record Payword(PeerId payer, int index, byte[] word) implements Message {
    public Payword {
        Objects.requireNonNull(payer, "payer");
        if (word == null || word.length != 32) throw new IllegalArgumentException("a payword is 32 bytes");
        if (index < 1 || index > 65535) throw new IllegalArgumentException("payword index must be 1..65535");
        word = word.clone();
    }

    @Override public byte[] word() { return word.clone(); }

    /** The word's hash, without copying the word first (payees hash every payword they receive). */
    public byte[] hashWith(org.ppay.core.crypto.Hasher hasher) { return hasher.hash(word); }

    @Override public int signatures() { return 0; }

    @Override public int identities() { return 1; }

    @Override public int size() { return 1 + PeerId.LENGTH + 2 + 32; }

    @Override public void writeTo(Writer w) { w.u8(Tag.PAYWORD).peer(payer).u16(index).raw(word); }

    @Override public boolean equals(Object o) {
        return o instanceof Payword p && payer.equals(p.payer) && index == p.index && Arrays.equals(word, p.word);
    }

    @Override public int hashCode() { return Objects.hash(payer, index, Arrays.hashCode(word)); }

    static Payword read(Reader r) throws PPayException {
        PeerId payer = r.peer();
        int index = r.u16();
        byte[] word = r.bytes(32);
        return Codec.build(() -> new Payword(payer, index, word));
    }
}
