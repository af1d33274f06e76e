package org.ppay.core.credit;

/**
 * What one recorded picopayment leaves to settle in a credit window (Section 5.4): nothing yet, or one
 * coin, because the balance has just reached the edge of the window. The caller arranges the coin, the
 * window only says that it is due.
 */
public enum CreditOutcome {
    /** The balance is still strictly inside (−x, x): no coin needs to change hands. */
    WITHIN_WINDOW,
    /** The counterpart now owes this peer a coin (its balance reached x); no more credit until it pays. */
    COIN_DUE_FROM_PEER,
    /** This peer now owes the counterpart a coin (balance reached −x); it gets no more credit until it pays. */
    COIN_DUE_TO_PEER
}
