/**
 * Signature providers behind the core's {@code CryptoProvider}: BouncyCastle's Ed25519 (the default), the
 * simulator's cost-counting stand-in {@code CountingCrypto}, lookup by name, and a throughput benchmark.
 *
 * <p>May import the core ({@code org.ppay.core}, {@code org.ppay.core.crypto}), BouncyCastle and the JDK.
 */
package org.ppay.crypto;
