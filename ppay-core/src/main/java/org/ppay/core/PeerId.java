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

    /** Writes the key without copying it, for encoders. */
    void writeTo(byte[] dst, int offset) { System.arraycopy(key, 0, dst, offset, LENGTH); }

    @Override public boolean equals(Object o) { return o instanceof PeerId p && Arrays.equals(key, p.key); }
    @Override public int hashCode() { return Arrays.hashCode(key); }
    @Override public int compareTo(PeerId o) { return Arrays.compareUnsigned(key, o.key); }
    @Override public String toString() { return HexFormat.of().formatHex(key, 0, 6); }
}
