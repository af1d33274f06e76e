package org.ppay.core.crypto;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;

/**
 * The simulator's stand-in for Ed25519: signatures of the real size computed by a cheap keyed mix, so
 * honest runs behave exactly as with real keys at a tiny fraction of the cost, and the cost meter, not
 * the CPU, says what signing would have cost. Not secure: anyone who knows a peer id can "sign" for it.
 * Never use it outside simulation.
 */
public final class CountingCrypto implements CryptoProvider {
    @Override public String name() { return "counting-fake"; }

    @Override
    public Signer signer(byte[] seed32) {
        byte[] pub = Hashes.sha256("ppay-fake-key".getBytes(java.nio.charset.StandardCharsets.US_ASCII), seed32);
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
    public Hasher hasher() {
        return in -> {
            long h = 0xcbf29ce484222325L;
            for (byte b : in) h = (h ^ (b & 0xff)) * 0x100000001b3L;
            ByteBuffer out = ByteBuffer.allocate(32);
            for (int i = 0; i < 4; i++) {
                h += 0x9e3779b97f4a7c15L;
                long z = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
                z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
                out.putLong(z ^ (z >>> 31));
            }
            return out.array();
        };
    }

    /** 64 bytes from a 64-bit FNV-style mix of key and message, spread with splitmix64. */
    static byte[] tag(byte[] key, byte[] message) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key) h = (h ^ (b & 0xff)) * 0x100000001b3L;
        for (byte b : message) h = (h ^ (b & 0xff)) * 0x100000001b3L;
        ByteBuffer out = ByteBuffer.allocate(Sig.LENGTH);
        for (int i = 0; i < 8; i++) {
            h += 0x9e3779b97f4a7c15L;
            long z = h;
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            out.putLong(z ^ (z >>> 31));
        }
        return out.array();
    }
}
