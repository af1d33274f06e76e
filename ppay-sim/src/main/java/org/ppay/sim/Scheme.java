package org.ppay.sim;

/** The micropayment schemes of Section 7.1. */
public enum Scheme {
    /** PPay: print a new coin rather than use the downtime protocol; cash an expiring coin rather than renew at the broker. */
    PPAY,
    /** PPay*: the opposite preferences. */
    PPAY_STAR,
    /** Rivest–Shamir/Micali (RM): every coin is cashed instead of reassigned; layers (transferable coins) up to Max Layers, Payword on top. */
    RM
}
