package org.ppay.core.cost;

/**
 * Where a role reports its macro actions. Roles call it on every signature, verification, hash, message
 * and stored proof, so one simulator run prices the very same work a daemon does.
 */
public interface CostMeter {
    CostMeter NONE = (action, n) -> {};

    void add(CostAction action, long n);

    default void add(CostAction action) { add(action, 1); }

    default void sent(int bytes) { add(CostAction.MESSAGE_SENT, 1); add(CostAction.BYTES_SENT, bytes); }

    default void received(int bytes) { add(CostAction.MESSAGE_RECEIVED, 1); add(CostAction.BYTES_RECEIVED, bytes); }

    /** A protocol message sent: its bytes, and the signatures and identities in it. */
    default void sent(org.ppay.core.msg.Message m) {
        sent(m.size());
        add(CostAction.SIGNATURES_SENT, m.signatures());
        add(CostAction.IDENTITIES_SENT, m.identities());
    }

    /** A protocol message received: its bytes, and the signatures and identities in it. */
    default void received(org.ppay.core.msg.Message m) {
        received(m.size());
        add(CostAction.SIGNATURES_RECEIVED, m.signatures());
        add(CostAction.IDENTITIES_RECEIVED, m.identities());
    }
}
