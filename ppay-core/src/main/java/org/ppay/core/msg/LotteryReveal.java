package org.ppay.core.msg;

import java.util.Arrays;
import java.util.Objects;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/** (payer, serial, x): the payer opens its commitment; H(x) must equal the ticket's commitment. */
public record LotteryReveal(PeerId payer, long serial, byte[] secret) implements Message {
    public LotteryReveal {
        Objects.requireNonNull(payer, "payer");
        if (secret == null || secret.length != 32) throw new IllegalArgumentException("a secret is 32 bytes");
        secret = secret.clone();
    }

    @Override public byte[] secret() { return secret.clone(); }

    @Override public int signatures() { return 0; }

    @Override public int identities() { return 1; }

    @Override public int size() { return 1 + PeerId.LENGTH + 8 + 32; }

    @Override public void writeTo(Writer w) { w.u8(Tag.LOTTERY_REVEAL).peer(payer).i64(serial).raw(secret); }

    @Override public boolean equals(Object o) {
        return o instanceof LotteryReveal v && payer.equals(v.payer) && serial == v.serial && Arrays.equals(secret, v.secret);
    }

    @Override public int hashCode() { return Objects.hash(payer, serial, Arrays.hashCode(secret)); }

    static LotteryReveal read(Reader r) throws PPayException {
        PeerId payer = r.peer();
        long serial = r.i64();
        byte[] x = r.bytes(32);
        return Codec.build(() -> new LotteryReveal(payer, serial, x));
    }
}
