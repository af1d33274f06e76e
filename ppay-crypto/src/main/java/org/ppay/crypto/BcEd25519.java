package org.ppay.crypto;

import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;

/**
 * Ed25519 (RFC 8032, pure) through BouncyCastle's low-level {@link Ed25519} class: the daemons' default,
 * because it signs about 19x and verifies about 8x faster than the JDK's SunEC here (see {@link CryptoBench}).
 * The low-level class works on plain byte arrays, with no key objects, provider lookup or per-call
 * {@code Signature} state; the signer passes its public key in, so a signature costs one base-point
 * multiplication instead of two, and the verifier keeps recent signers' decoded keys. Thread-safe.
 */
public final class BcEd25519 implements CryptoProvider {
    public static final String NAME = "bc-ed25519";

    /** Slots of the decoded-key cache: a power of two, about 200 bytes each when full. */
    private static final int CACHE_SLOTS = 1024;

    static {
        // Build the base-point tables now rather than inside the first, otherwise timed, signature.
        Ed25519.precompute();
    }

    /** A signer's key, decoded once; immutable, so it may be shared between threads through a racy array. */
    private record Decoded(PeerId id, Ed25519.PublicPoint point) {}

    /**
     * Recent signers' decoded keys, direct-mapped by hash. Decoding (a square root) is ~10% of a
     * verification and PPay peers verify the same broker and owners again and again; a fixed table keeps
     * memory bounded whatever keys a hostile peer sends.
     */
    private final Decoded[] recent = new Decoded[CACHE_SLOTS];

    @Override public String name() { return NAME; }

    @Override
    public Signer signer(byte[] seed32) {
        if (seed32 == null || seed32.length != Ed25519.SECRET_KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 seed is 32 bytes");
        }
        byte[] sk = seed32.clone();
        byte[] pk = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(sk, 0, pk, 0);
        PeerId id = new PeerId(pk);
        return new Signer() {
            @Override public PeerId id() { return id; }

            @Override public Sig sign(byte[] message) {
                byte[] sig = new byte[Ed25519.SIGNATURE_SIZE];
                Ed25519.sign(sk, 0, pk, 0, message, 0, message.length, sig, 0);
                return new Sig(sig);
            }
        };
    }

    @Override public Verifier verifier() { return this::verify; }

    /**
     * False for any bad key or signature, never an exception: keys that are non-canonical, off the curve
     * or of small order are refused by the decoder; R not canonical or S >= L by {@link Ed25519#verify}.
     */
    private boolean verify(PeerId signer, byte[] message, Sig signature) {
        int h = signer.hashCode();
        int slot = (h ^ (h >>> 16)) & (CACHE_SLOTS - 1);
        Decoded d = recent[slot];
        if (d == null || !d.id().equals(signer)) {
            Ed25519.PublicPoint point = Ed25519.validatePublicKeyPartialExport(signer.key(), 0);
            if (point == null) return false;
            d = new Decoded(signer, point);
            recent[slot] = d;
        }
        return Ed25519.verify(signature.bytes(), 0, d.point(), message, 0, message.length);
    }
}
