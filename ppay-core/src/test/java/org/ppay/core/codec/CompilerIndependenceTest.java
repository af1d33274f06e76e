package org.ppay.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Encodings must not change when the JIT compiles them. On JDK 17.0.15 a C2-compiled byte-array-view
 * VarHandle store loop wrote wrong bytes (rare BAD_SIGNATURE refusals in day-long simulations; a stand-alone
 * program showed 29.7 M of 30 M results differing once compiled), so the codec uses plain shifts. This loop
 * runs the writer hot and compares every result with an independent reference. It guards the present code; it
 * did not reproduce the VarHandle failure on its own, which needed the simulator's call pattern. The same
 * guard for the simulator's stand-in signatures lives with them, in {@code ppay-crypto}.
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
}
