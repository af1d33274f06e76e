/**
 * The macro actions (signatures, verifications, hashes, messages, stored proofs) every role reports to a
 * {@code CostMeter}, so that the simulator prices exactly the work a daemon does (Section 6.2).
 *
 * <p>May import {@code org.ppay.core}, {@code org.ppay.core.msg} (a meter reads a message's size and the
 * signatures and identities it carries) and the JDK only.
 */
package org.ppay.core.cost;
