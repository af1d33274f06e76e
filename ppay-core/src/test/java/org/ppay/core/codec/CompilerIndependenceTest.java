package org.ppay.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ppay.core.crypto.CountingCrypto;
import org.ppay.core.crypto.Hasher;

/**
 * Encodings and the simulator's stand-in signatures and hashes must not change when the JIT compiles them.
 * On JDK 17.0.15 a C2-compiled byte-array-view VarHandle store loop wrote wrong bytes (rare BAD_SIGNATURE
 * refusals in day-long simulations; a stand-alone program showed 29.7 M of 30 M results differing once
 * compiled), so the codec and CountingCrypto use plain shifts. These loops run the code hot and compare every
 * result with one computed cold or by an independent reference. They guard the present code; they did not
 * reproduce the VarHandle failure on their own, which needed the simulator's call pattern.
 */
class CompilerIndependenceTest {
    @Test
    void primitiveEncodingsMatchByteBufferBigEndianAfterCompilation() {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 400_000; i++) {
            short a = (short) r.nextInt();
            int n = r.nextInt(64);
            long b = r.nextLong(), c = r.nextLong();
            byte[] raw = new byte[n];
            r.nextBytes(raw);
            byte[] mine = new Writer(2 + 8 + 8 + 4 + n).u16(a).i64(b).i64(c).nested(raw).bytes();
            byte[] ref = ByteBuffer.allocate(2 + 8 + 8 + 4 + n).putShort(a).putLong(b).putLong(c).putInt(n).put(raw).array();
            if (!java.util.Arrays.equals(mine, ref)) assertThat(mine).as("iteration " + i).isEqualTo(ref);
        }
    }

    @Test
    void theCountingSignerGivesTheSameSignaturesHotAsCold() {
        CountingCrypto crypto = new CountingCrypto();
        org.ppay.core.crypto.Signer s = crypto.signer(new byte[32]);
        SplittableRandom r = new SplittableRandom(8);
        byte[][] in = new byte[256][];
        org.ppay.core.Sig[] cold = new org.ppay.core.Sig[in.length];
        for (int k = 0; k < in.length; k++) {
            in[k] = new byte[r.nextInt(400)];
            r.nextBytes(in[k]);
            cold[k] = s.sign(in[k]);
        }
        for (int round = 0; round < 2_000; round++) {
            for (int k = 0; k < in.length; k++) {
                org.ppay.core.Sig hot = s.sign(in[k]);
                if (!hot.equals(cold[k])) assertThat(hot).as("round " + round + ", input " + k).isEqualTo(cold[k]);
            }
        }
        assertThat(crypto.verifier().verify(s.id(), in[0], cold[0])).isTrue();
    }

    @Test
    void theCountingHasherGivesTheSameWordsHotAsCold() {
        Hasher h = new CountingCrypto().hasher();
        SplittableRandom r = new SplittableRandom(7);
        byte[][] in = new byte[256][];
        byte[][] cold = new byte[in.length][];
        for (int k = 0; k < in.length; k++) {
            in[k] = new byte[r.nextInt(200)];
            r.nextBytes(in[k]);
            cold[k] = h.hash(in[k]);
        }
        for (int round = 0; round < 2_000; round++) {
            for (int k = 0; k < in.length; k++) {
                byte[] hot = h.hash(in[k]);
                if (!java.util.Arrays.equals(hot, cold[k])) assertThat(hot).as("round " + round + ", input " + k).isEqualTo(cold[k]);
            }
        }
    }
}
