package org.ppay.core.msg;

import org.ppay.core.PeerId;

/**
 * A proof of relinquishment (Section 4.1): a message signed by the holder of one assignment of a coin
 * (identified by its sequence number) that gives that assignment up. Owners keep these as the audit trail. A
 * payee's {@link Refusal} is one too: it gives the refused holding back to the payer.
 */
public sealed interface Relinquishment permits ReassignmentRequest, LayeredCoin, RenewalRequest, Refusal {
    /** Who gave the assignment up, and signed this. */
    PeerId relinquisher();

    /** To whom it was given up: the new holder (the relinquisher itself for a renewal). */
    PeerId recipient();

    /** The sequence number of the assignment given up. */
    long relinquishedSeq();

    CoinId coinId();

    Message message();

    /** The holding given up: the presented assignment (or layered coin) underneath this message. */
    Holding given();

    /** The bytes the relinquisher's signature covers. */
    byte[] signedBytes();

    org.ppay.core.Sig sig();

    /**
     * The sequence number of what this hands over: the layer's own for a {@link LayeredCoin}, else the next one,
     * which the owner (or the broker) assigns in answer (eqs. 4, 5, 11).
     */
    default long nextSeq() { return relinquishedSeq() + 1; }

    /**
     * Whether this gives up exactly {@code h}. Holder and sequence number are not enough: an owner that printed a
     * serial twice (or a payer that double-spent to the same payee) makes two different holdings with both.
     */
    default boolean relinquishes(Holding h) { return given().sameHolding(h); }

    /**
     * Whether this and {@code other} are two different messages giving up one holding: its holder's double spend
     * (Section 4.1). Two relinquishments of different holdings with one sequence number convict no one.
     */
    default boolean conflictsWith(Relinquishment other) {
        return given().sameHolding(other.given()) && !message().equals(other.message());
    }
}
