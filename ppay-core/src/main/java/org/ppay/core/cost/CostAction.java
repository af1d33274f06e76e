package org.ppay.core.cost;

/** The macro actions every role reports, which the simulator prices in cycles and bytes (Section 6.2). */
public enum CostAction {
    SIGN, VERIFY, HASH, MESSAGE_SENT, BYTES_SENT, MESSAGE_RECEIVED, BYTES_RECEIVED, PROOF_STORED, PROOF_PURGED,
    /** Signatures and identities inside the messages sent or received: sizes rescale by them to other schemes. */
    SIGNATURES_SENT, SIGNATURES_RECEIVED, IDENTITIES_SENT, IDENTITIES_RECEIVED
}
