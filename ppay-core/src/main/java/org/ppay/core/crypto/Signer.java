package org.ppay.core.crypto;

import org.ppay.core.PeerId;
import org.ppay.core.Sig;

/** Holds one peer's secret key SK_U and signs with it. The core never sees the key itself. */
public interface Signer {
    PeerId id();

    Sig sign(byte[] message);
}
