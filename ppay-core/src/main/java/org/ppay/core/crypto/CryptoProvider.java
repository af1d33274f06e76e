package org.ppay.core.crypto;

/**
 * A signature scheme: real Ed25519 for the daemons (module {@code ppay-crypto}), or a cost-counting stand-in
 * for the simulator. Key generation is deterministic from a 32-byte seed, so runs reproduce.
 */
public interface CryptoProvider {
    String name();

    Signer signer(byte[] seed32);

    Verifier verifier();
}
