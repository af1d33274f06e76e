package org.ppay.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Hasher;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;

/**
 * The simulator's stand-in for Ed25519: signatures of the real size computed by a cheap keyed mix, so
 * honest runs behave exactly as with real keys at a tiny fraction of the cost, and the cost meter, not
 * the CPU, says what signing would have cost. Not secure: anyone who knows a peer id can "sign" for it.
 * Never use it outside simulation. It lives beside the real providers, not in the core, which has no use
 * for it: the protocol only sees {@link CryptoProvider}.
 */
public final class CountingCrypto implements CryptoProvider {
    @Override public String name() { return "counting-fake"; }

    @Override
    public Signer signer(byte[] seed32) {
        byte[] pub = Hashes.sha256("ppay-fake-key".getBytes(StandardCharsets.US_ASCII), seed32);
        PeerId id = new PeerId(pub);
        return new Signer() {
            @Override public PeerId id() { return id; }

            @Override public Sig sign(byte[] message) { return new Sig(tag(pub, message)); }
        };
    }

    @Override
    public Verifier verifier() { return (signer, message, sig) -> Arrays.equals(tag(signer.key(), message), sig.bytes()); }

    /** 32 bytes mixed from the input: deterministic and collision-poor enough for simulation, not secure. */
    @Override
    public Hasher hasher() { return in -> spread(absorb(0xcbf29ce484222325L, in), 4); }

    /** 64 bytes mixed from key and message: the signature's stand-in. */
    static byte[] tag(byte[] key, byte[] message) { return spread(absorb(absorb(0x6a09e667f3bcc908L, key), message), Sig.LENGTH / 8); }

    /**
     * The eight bytes at {@code i}, little-endian. Plain shifts, not a byte-array-view VarHandle: with the
     * VarHandle, runs compiled by C2 on JDK 17.0.15 now and then produced a tag that did not verify (seen as
     * BAD_SIGNATURE in long simulations, never with C1 alone or with this form).
     */
    private static long longAt(byte[] b, int i) {
        return (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
            | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40 | (b[i + 6] & 0xffL) << 48 | (b[i + 7] & 0xffL) << 56;
    }

    /** Folds the bytes into h eight at a time (the simulator tags every message it signs or verifies). */
    private static long absorb(long h, byte[] b) {
        int i = 0, n = b.length;
        for (; i + 8 <= n; i += 8) {
            h = (h ^ longAt(b, i)) * 0x9e3779b97f4a7c15L;
            h ^= h >>> 32;
        }
        for (; i < n; i++) h = (h ^ (b[i] & 0xff)) * 0x100000001b3L;
        return (h ^ n) * 0xbf58476d1ce4e5b9L;
    }

    /** {@code words} longs of splitmix64 output seeded by h. */
    private static byte[] spread(long h, int words) {
        byte[] out = new byte[words * 8];
        for (int i = 0; i < words; i++) {
            h += 0x9e3779b97f4a7c15L;
            long z = h;
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            z ^= z >>> 31;
            for (int k = 0; k < 8; k++) out[i * 8 + k] = (byte) (z >>> (8 * k));
        }
        return out;
    }
}
