package org.ppay.scenario.explore;

/** The four properties of Theorem 1 and its attack analysis (Section 4) that every trace is checked for. */
public enum Property {
    /** After every step Theorem 1's three invariants hold over honest owners' trails and every wallet, and the books balance. */
    INVARIANTS,
    /** No peer that ran no adversarial action is ever punished (Section 4.1: the owner only if it double-spent). */
    HONEST_NEVER_PUNISHED,
    /** Every fraud that really put two claims into the system is detected and attributed (Section 4.1). */
    FRAUD_DETECTED,
    /** A trace of honest actions detects nothing and is refused only for benign reasons. */
    HONEST_TRACE
}
