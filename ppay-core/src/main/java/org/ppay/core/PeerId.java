package org.ppay.core;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A peer's identity: its 32-byte Ed25519 public key. Identities are self-certifying, so a signature
 * "{M}SK_U" (paper notation) is checked against the key that {@code U} itself is.
 */
public record PeerId(byte[] key) implements Comparable<PeerId> {
    public static final int LENGTH = 32;

    public PeerId {
        if (key == null || key.length != LENGTH) {
            throw new IllegalArgumentException("a peer id is a 32-byte public key");
        }
        key = key.clone();
    }

    @Override public byte[] key() { return key.clone(); }

    /** Copies the key into an encoding at {@code at} without cloning it first (encoders run on every message). */
    public void copyTo(byte[] dst, int at) { System.arraycopy(key, 0, dst, at, LENGTH); }

    @Override public boolean equals(Object o) { return o == this || o instanceof PeerId p && Arrays.equals(key, p.key); }

    /** Public keys are uniformly distributed bytes, so their first four bytes are as good a hash as any. */
    @Override public int hashCode() { return (key[0] << 24) | ((key[1] & 0xff) << 16) | ((key[2] & 0xff) << 8) | (key[3] & 0xff); }
    @Override public int compareTo(PeerId o) { return Arrays.compareUnsigned(key, o.key); }
    @Override public String toString() { return HexFormat.of().formatHex(key, 0, 6); }
}
