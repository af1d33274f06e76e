package org.ppay.core.cost;

import org.ppay.core.msg.Message;

/**
 * Where a role reports its macro actions. Roles call it on every signature, verification, hash, message
 * and stored proof, naming the {@link Task} each belongs to, so one simulator run prices the very same work a
 * daemon does (Section 6.2).
 */
public interface CostMeter {
    CostMeter NONE = (task, action, n) -> {};

    void add(Task task, CostAction action, long n);

    default void add(Task task, CostAction action) { add(task, action, 1); }

    default void sent(Task task, int bytes) { add(task, CostAction.MESSAGE_SENT, 1); add(task, CostAction.BYTES_SENT, bytes); }

    default void received(Task task, int bytes) { add(task, CostAction.MESSAGE_RECEIVED, 1); add(task, CostAction.BYTES_RECEIVED, bytes); }

    /** A protocol message sent: its bytes, and the signatures and identities in it. */
    default void sent(Task task, Message m) {
        sent(task, m.size());
        add(task, CostAction.SIGNATURES_SENT, m.signatures());
        add(task, CostAction.IDENTITIES_SENT, m.identities());
    }

    /** A protocol message received: its bytes, and the signatures and identities in it. */
    default void received(Task task, Message m) {
        received(task, m.size());
        add(task, CostAction.SIGNATURES_RECEIVED, m.signatures());
        add(task, CostAction.IDENTITIES_RECEIVED, m.identities());
    }
}
