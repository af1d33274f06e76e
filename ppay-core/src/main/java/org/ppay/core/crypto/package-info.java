/**
 * The signature and hash interfaces the protocol is written against ({@code CryptoProvider}, {@code Signer},
 * {@code Verifier}, {@code Hasher}), SHA-256, and the JDK's Ed25519 so that the core runs with no other
 * module. The faster providers and the simulator's stand-in live in {@code ppay-crypto}.
 *
 * <p>May import {@code org.ppay.core} and the JDK only.
 */
package org.ppay.core.crypto;
