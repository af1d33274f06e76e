package org.ppay.sim;

/** What work is for, as Figures 1, 2 and 4 break load down (Sections 7.1, 7.2.2). */
public enum Task {
    /** GUESS queries and probes (peers only). */
    GUESS,
    /** Cashing coins (the broker's main task). */
    CASH,
    /** Coin reassignment: by owners, by layers, or by the broker in the downtime protocol. */
    REASSIGN,
    /** Coin renewal. */
    RENEW,
    /** Everything else: printing, credit windows, issuing certificates, arbitration. */
    OTHER
}
