package org.ppay.core.crypto;

import java.math.BigInteger;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;

/**
 * Ed25519 through the JDK's SunEC provider. Correct but slow here (about 1.6k signatures and 1.7k
 * verifications/s against BouncyCastle's 30k and 12k, single thread), so the daemons use {@code BcEd25519};
 * this one keeps the core usable with no dependency at all. Keys are decoded on every verification: a
 * cache of them made no measurable difference and, unbounded, let any peer grow it with made-up identities.
 */
public final class JdkEd25519 implements CryptoProvider {
    @Override public String name() { return "jdk-ed25519"; }

    @Override
    public Signer signer(byte[] seed32) {
        if (seed32.length != 32) throw new IllegalArgumentException("an Ed25519 seed is 32 bytes");
        try {
            KeyFactory kf = KeyFactory.getInstance("Ed25519");
            PrivateKey sk = kf.generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed32.clone()));
            PeerId id = new PeerId(publicKeyOf(seed32));
            return new Signer() {
                @Override public PeerId id() { return id; }

                @Override public Sig sign(byte[] message) {
                    try {
                        Signature s = Signature.getInstance("Ed25519");
                        s.initSign(sk);
                        s.update(message);
                        return new Sig(s.sign());
                    } catch (NoSuchAlgorithmException | InvalidKeyException | SignatureException e) {
                        throw new IllegalStateException("Ed25519 signing failed", e);
                    }
                }
            };
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    @Override
    public Verifier verifier() {
        return (signer, message, signature) -> {
            try {
                Signature s = Signature.getInstance("Ed25519");
                s.initVerify(decodePublic(signer));
                s.update(message);
                return s.verify(signature.bytes());
            } catch (IllegalArgumentException | NoSuchAlgorithmException | InvalidKeyException | SignatureException e) {
                return false;
            }
        };
    }

    /**
     * The JDK has no "public key from seed" call; its generator takes the 32-byte private key from the
     * SecureRandom it is given (RFC 8032 5.1.5), so we hand it one that yields exactly the seed.
     */
    private static byte[] publicKeyOf(byte[] seed) throws NoSuchAlgorithmException {
        try {
            java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("Ed25519");
            g.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
            java.security.interfaces.EdECPublicKey pk = (java.security.interfaces.EdECPublicKey) g.generateKeyPair().getPublic();
            EdECPoint pt = pk.getPoint();
            byte[] be = pt.getY().toByteArray();
            byte[] le = new byte[32];
            for (int i = 0; i < be.length && i < 32; i++) le[i] = be[be.length - 1 - i];
            if (pt.isXOdd()) le[31] |= (byte) 0x80;
            return le;
        } catch (java.security.InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    /** A "random" source that yields one fixed seed: deterministic key generation, no ambient randomness. */
    private static final class FixedBytes extends java.security.SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;

        FixedBytes(byte[] bytes) { this.bytes = bytes.clone(); }

        @Override public void nextBytes(byte[] out) {
            if (out.length != bytes.length) throw new IllegalStateException("expected a request for the seed");
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }

    private static PublicKey decodePublic(PeerId id) {
        byte[] k = id.key();
        boolean xOdd = (k[31] & 0x80) != 0;
        k[31] &= 0x7f;
        byte[] be = new byte[32];
        for (int i = 0; i < 32; i++) be[i] = k[31 - i];
        try {
            return KeyFactory.getInstance("Ed25519")
                .generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(xOdd, new BigInteger(1, be))));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }
}
