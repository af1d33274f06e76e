package org.ppay.core.cost;

/**
 * The protocol step a unit of work belongs to. Every role names it with each action it reports, so a meter
 * can break load down as Section 7 does (Figures 1, 2 and 4: cashing, reassignment, renewal, other) without
 * being told beforehand what the caller is about to do.
 */
public enum Task {
    /** Buying raw coins or limit certificates, printing, and the first assignment of an own coin (eqs. 1, 2, 6, 7). */
    ISSUE,
    /** Reassignment: by the owner, by a layer, or by the broker in the downtime protocol (eqs. 3–5, 8). */
    REASSIGN,
    /** Renewal of a coin's window, by its owner or the broker, and purging expired trails (eqs. 10, 11; Section 5.3). */
    RENEW,
    /** Cashing a coin at the broker (Section 3). */
    CASH,
    /** Picopayments: soft credit windows, Payword chains, lottery tickets (Section 5.4). */
    PICOPAYMENT,
    /** Disputes, denials, tampering and fraud reports, refunds (Sections 4.1, 4.2). */
    ARBITRATION,
    /**
     * Signed account requests and their answers (join, fund, buy, limit, leave, statement, collect): what a real
     * network needs to authenticate, and the paper's cost model does not count.
     */
    ACCOUNT
}
