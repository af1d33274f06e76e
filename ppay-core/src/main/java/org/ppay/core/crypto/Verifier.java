package org.ppay.core.crypto;

import org.ppay.core.PeerId;
import org.ppay.core.Sig;

/** Checks {M}SK_U against U's public key, which is U's {@link PeerId}. */
public interface Verifier {
    boolean verify(PeerId signer, byte[] message, Sig signature);
}
