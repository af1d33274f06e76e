package org.ppay.core.crypto;

/**
 * The 32-byte hash of hash chains (Payword, Section 5.4). Real SHA-256 for the daemons; the simulator's
 * {@code CountingCrypto} (module {@code ppay-crypto}) supplies a cheap stand-in of the same size, as it does
 * for signatures, and the cost meter prices the hashes counted.
 */
@FunctionalInterface
public interface Hasher {
    Hasher SHA256 = Hashes::sha256;

    byte[] hash(byte[] input);
}
