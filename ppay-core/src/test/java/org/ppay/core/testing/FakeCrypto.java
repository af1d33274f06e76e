package org.ppay.core.testing;

import java.util.Arrays;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;

/**
 * The core tests' fast stand-in for Ed25519, built from the JDK's SHA-256 alone because the core's tests may
 * not depend on {@code ppay-crypto} (that module depends on the core). The public key is SHA-256(seed) and a
 * "signature" is SHA-256(public key || message) followed by 32 zero bytes. Anyone who knows a key can sign
 * for it: it tells honest from tampered bytes and wrong signers, which is all the role tests need.
 */
public final class FakeCrypto implements CryptoProvider {
    @Override public String name() { return "core-test-fake"; }

    @Override
    public Signer signer(byte[] seed32) {
        PeerId id = new PeerId(Hashes.sha256(seed32));
        return new Signer() {
            @Override public PeerId id() { return id; }

            @Override public Sig sign(byte[] message) { return signature(id, message); }
        };
    }

    @Override
    public Verifier verifier() { return (signer, message, sig) -> signature(signer, message).equals(sig); }

    private static Sig signature(PeerId signer, byte[] message) {
        return new Sig(Arrays.copyOf(Hashes.sha256(signer.key(), message), Sig.LENGTH));
    }
}
