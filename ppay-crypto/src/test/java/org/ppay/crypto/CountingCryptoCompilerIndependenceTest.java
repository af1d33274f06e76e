package org.ppay.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.ppay.core.crypto.Signer;

/**
 * The stand-in's signatures and hashes must not change when the JIT compiles them: with byte-array-view
 * VarHandles, C2 on JDK 17.0.15 now and then produced tags that did not verify, so {@link CountingCrypto}
 * uses plain shifts. These loops run it hot and compare every result with the one computed cold.
 */
class CountingCryptoCompilerIndependenceTest {
    private final CountingCrypto crypto = new CountingCrypto();

    @Test
    void theCountingSignerGivesTheSameSignaturesHotAsCold() {
        Signer s = crypto.signer(new byte[32]);
        byte[] first = assertSameHotAsCold(8, 400, m -> s.sign(m).bytes());
        assertThat(crypto.verifier().verify(s.id(), first, s.sign(first))).isTrue();
    }

    @Test
    void theCountingHasherGivesTheSameWordsHotAsCold() {
        assertSameHotAsCold(7, 200, crypto.hasher()::hash);
    }

    /** Runs {@code f} on 256 random inputs shorter than {@code maxLength}, cold once and then 2,000 rounds hot; returns the first input. */
    private static byte[] assertSameHotAsCold(long seed, int maxLength, UnaryOperator<byte[]> f) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[][] in = new byte[256][];
        byte[][] cold = new byte[in.length][];
        for (int k = 0; k < in.length; k++) {
            in[k] = new byte[r.nextInt(maxLength)];
            r.nextBytes(in[k]);
            cold[k] = f.apply(in[k]);
        }
        for (int round = 0; round < 2_000; round++) {
            for (int k = 0; k < in.length; k++) {
                byte[] hot = f.apply(in[k]);
                if (!Arrays.equals(hot, cold[k])) assertThat(hot).as("round " + round + ", input " + k).isEqualTo(cold[k]);
            }
        }
        return in[0];
    }
}
