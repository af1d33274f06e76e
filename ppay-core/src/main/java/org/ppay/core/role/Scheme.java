package org.ppay.core.role;

/**
 * The micropayment schemes of Section 7.1, which differ only in their last resorts: what a peer does when no
 * held coin's owner is online and no layer may be added, and what it does with a coin whose renewal window is
 * ending. One enum serves both the protocol core ({@link Holder#plan}) and the simulator, so the two cannot
 * disagree about what a scheme means.
 */
public enum Scheme {
    /** PPay: prints a new coin rather than use the downtime protocol, and cashes an expiring coin rather than renew it at the broker. */
    PPAY,
    /** PPay*: the opposite preferences: uses the downtime protocol (reassignment at the broker) and renews expiring coins at the broker. */
    PPAY_STAR,
    /**
     * Rivest–Shamir/Micali (RM), the baseline of Section 7.1: never reassigns (every coin is cashed instead); layers
     * (transferable coins) while Max Layers allows and prints otherwise, with Payword on top.
     */
    RM
}
