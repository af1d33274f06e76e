package org.ppay.sim;

import org.ppay.core.cost.CostAction;

/**
 * How the broker's signature work on cashes, reassignments and renewals is counted when it is priced. The
 * paper counts it coarsely: "cashing (1 verification) is substantially less expensive than reassignment or
 * renewal (1 verification + 1 generation)" (Section 7.1). Our protocol does more: it signs a receipt for every
 * cash and checks the request's, the assignment's, the coin's and its certificate's signatures. Both counts come
 * from what the engines already meter, so one run can be priced either way (docs/cost-model.md, Section 7).
 * Messages, bytes and hashes are priced as metered under both.
 */
public enum BrokerCosts {
    /**
     * Section 7.1's count, with peeling: a cash is 1 verification plus 1 per layer peeled; a reassignment or
     * renewal for an offline owner (the downtime protocol) is 1 verification plus 1 per layer peeled, and 1
     * generation. Peeling a layer is checking its signature, wherever it happens (Section 5.2).
     */
    PAPER,
    /** Every signature our protocol's broker generates and verifies, as metered. */
    PROTOCOL;

    /**
     * How many {@code a} the broker is charged for {@code task} under this count. Under {@link #PAPER}, for cashes,
     * reassignments and renewals: each cash paid (one receipt each) is 1 verification and each layer the broker
     * keeps as a proof 1 more; a reassignment or renewal keeps its request and every layer as proofs, one
     * verification each, and signs one assignment. Every other count is the metered one.
     */
    public long count(TaskMeter broker, Task task, CostAction a) {
        long metered = broker.count(task, a);
        if (this == PROTOCOL || a != CostAction.SIGN && a != CostAction.VERIFY) return metered;
        return switch (task) {
            case CASH -> a == CostAction.SIGN ? 0 : broker.count(Task.CASH, CostAction.SIGN) + broker.count(Task.CASH, CostAction.PROOF_STORED);
            case REASSIGN, RENEW -> a == CostAction.SIGN ? metered : broker.count(task, CostAction.PROOF_STORED);
            default -> metered;
        };
    }
}
