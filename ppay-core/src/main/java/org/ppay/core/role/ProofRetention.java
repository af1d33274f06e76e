package org.ppay.core.role;

/**
 * What an owner keeps of each proof of relinquishment in its audit trails (Section 4.1).
 *
 * <p>{@link #KEEP} is the protocol: every proof is kept until the coin's renewal window closes, so the owner
 * can refute any stale claim (invariant 3), answer arbitration and catch double spends. {@link #COUNT} keeps
 * only which sequence numbers have a proof: the state the paper measures (Figure 5 counts proofs) without
 * holding the messages. It exists for simulations of honest peers at scales whose proofs would not fit in
 * memory; an owner that only counts cannot refute a claim or convict a double spender, so never use it
 * where fraud is possible. A real daemon keeps its proofs on disk instead.
 */
public enum ProofRetention { KEEP, COUNT }
