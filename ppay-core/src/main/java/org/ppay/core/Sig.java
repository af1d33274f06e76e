package org.ppay.core;

import java.util.Arrays;
import java.util.HexFormat;

/** A 64-byte Ed25519 signature (or the simulator's stand-in of the same size). */
public record Sig(byte[] bytes) {
    public static final int LENGTH = 64;

    public Sig {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("a signature is 64 bytes");
        }
        bytes = bytes.clone();
    }

    @Override public byte[] bytes() { return bytes.clone(); }

    /** Copies the signature into an encoding at {@code at} without cloning it first. */
    public void copyTo(byte[] dst, int at) { System.arraycopy(bytes, 0, dst, at, LENGTH); }

    /** The signature with one bit flipped: for tests of tampering. */
    public Sig flipBit(int bit) {
        byte[] b = bytes.clone();
        b[(bit / 8) % LENGTH] ^= (byte) (1 << (bit % 8));
        return new Sig(b);
    }

    @Override public boolean equals(Object o) { return o instanceof Sig s && Arrays.equals(bytes, s.bytes); }
    @Override public int hashCode() { return Arrays.hashCode(bytes); }
    @Override public String toString() { return "Sig[" + HexFormat.of().formatHex(bytes, 0, 4) + "…]"; }
}
