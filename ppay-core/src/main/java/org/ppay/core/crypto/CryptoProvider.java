package org.ppay.core.crypto;

/**
 * A signature scheme: real Ed25519 for the daemons (module {@code ppay-crypto}), or a cost-counting stand-in
 * for the simulator. Key generation is deterministic from a 32-byte seed, so runs reproduce.
 */
public interface CryptoProvider {
    String name();

    Signer signer(byte[] seed32);

    Verifier verifier();

    /** The hash of hash chains: SHA-256 unless a provider (the simulator's) supplies a stand-in. */
    default Hasher hasher() { return Hasher.SHA256; }
}
