package org.ppay.core;

/** Why the core refused a message or an action. Names are stable: scenarios and wire replies use them. */
public enum ErrorCode {
    /** Bytes that are not a canonical encoding (truncated, oversized, trailing data, bad tag, bad field). */
    MALFORMED,
    /** A signature that does not verify under the key the paper names for that message. */
    BAD_SIGNATURE,
    /** A sequence number not greater than the one it must follow (invariant 2). */
    STALE_SEQUENCE,
    /** A coin whose renewal window has closed, or a certificate past its expiry (Section 5.3). */
    EXPIRED,
    /** Renewal requested before the renewal window opened (Section 5.3). */
    NOT_YET_RENEWABLE,
    /** An assignment whose renewal window is in the past or of the wrong length (Section 5.3 tampering). */
    WINDOW_TAMPERED,
    /** No account at the broker for that peer. */
    UNKNOWN_ACCOUNT,
    /** An account that already exists. */
    DUPLICATE_ACCOUNT,
    /** Not enough spendable balance. */
    INSUFFICIENT_FUNDS,
    /** A self-printed serial outside its limit certificate (eq. 7), or a serial the owner has not got. */
    SERIAL_OUT_OF_RANGE,
    /** A coin that names another owner than the one asked, or a coin the peer does not know. */
    UNKNOWN_COIN,
    /** The requester is not the current holder of the assignment it presents. */
    NOT_HOLDER,
    /** The owner holds proof that this assignment was relinquished (invariant 1/3): a double spend. */
    RELINQUISHED,
    /** A layered coin deeper than Max Layers (Section 5.2), or a malformed chain of layers. */
    TOO_MANY_LAYERS,
    /** The peer needed for this step is offline. */
    OFFLINE,
    /** The coin was already cashed at the broker. */
    ALREADY_CASHED,
    /** The account was booted by the broker for repeated fraud (Section 4.2). */
    BOOTED,
    /** The account has left the system. */
    ACCOUNT_CLOSED,
    /** The peer will not extend more credit (soft credit window, NetLossCap, Section 5.4). */
    CREDIT_REFUSED,
    /** The payer may not pay a coin now under NetLossCap (Section 5.4). */
    PAYMENT_REFUSED,
    /** The action is not allowed to this party (e.g. an assignment issued by someone who may not). */
    NOT_AUTHORIZED,
    /** Lottery reveal that does not match its commitment. */
    BAD_REVEAL,
    /** A Payword that does not hash back to the commitment's root, or is not newer than the last. */
    BAD_PAYWORD,
    /** A parameter or argument out of its domain. */
    INVALID_ARGUMENT,
    /**
     * The coin's open dispute already holds as many claims as one arbitration request can carry (255, and
     * {@link org.ppay.core.codec.Reader#MAX_MESSAGE} bytes): present the claim again once the dispute is ruled.
     */
    DISPUTE_FULL
}
