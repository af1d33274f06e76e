package org.ppay.core.credit;

import org.ppay.core.PeerId;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;
import org.ppay.core.testing.FakeCrypto;

/** Deterministic test identities from the core tests' fast crypto stand-in. */
final class Peers {
    static final FakeCrypto CRYPTO = new FakeCrypto();
    static final Verifier VERIFIER = CRYPTO.verifier();

    private Peers() {}

    static byte[] bytes32(int n) {
        byte[] b = new byte[32];
        b[0] = (byte) n;
        b[1] = (byte) (n >>> 8);
        b[2] = (byte) (n >>> 16);
        b[31] = 0x5a;
        return b;
    }

    static Signer signer(int n) { return CRYPTO.signer(bytes32(n)); }

    static PeerId id(int n) { return signer(n).id(); }
}
