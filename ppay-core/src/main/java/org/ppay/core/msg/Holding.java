package org.ppay.core.msg;

import org.ppay.core.PeerId;

/**
 * What a holder holds and pays or cashes with: an owner- or broker-signed {@link Assignment}, or a
 * {@link LayeredCoin} wrapping one (Section 5.2).
 */
public sealed interface Holding extends Message permits Assignment, LayeredCoin {
    PeerId holder();

    long seq();

    Coin coin();

    /** The assignment at the bottom of the layers; its renewal window governs the whole coin. */
    Assignment base();

    /** Number of layers on top of the base assignment. */
    int layers();

    /**
     * Whether {@code o} is the same holding: the same assignment ({@link Assignment#sameAs}) under the same layers.
     * Holder and sequence number alone do not identify one: a serial printed twice has two assignments with both.
     */
    boolean sameHolding(Holding o);
}
