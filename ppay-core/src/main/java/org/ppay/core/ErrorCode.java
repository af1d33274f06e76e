package org.ppay.core;

/**
 * Why the core refused a message or an action. Names are stable (scenarios use them) and so are the wire
 * numbers replies and refusals carry ({@link #wire()}): a new code takes the next number, none is reused.
 */
public enum ErrorCode {
    /** Bytes that are not a canonical encoding (truncated, oversized, trailing data, bad tag, bad field). */
    MALFORMED(1),
    /** A signature that does not verify under the key the paper names for that message. */
    BAD_SIGNATURE(2),
    /** A sequence number not greater than the one it must follow (invariant 2). */
    STALE_SEQUENCE(3),
    /** A coin whose renewal window has closed, or a certificate past its expiry (Section 5.3). */
    EXPIRED(4),
    /** Renewal requested before the renewal window opened (Section 5.3). */
    NOT_YET_RENEWABLE(5),
    /** An assignment whose renewal window is in the past or of the wrong length (Section 5.3 tampering). */
    WINDOW_TAMPERED(6),
    /** No account at the broker for that peer. */
    UNKNOWN_ACCOUNT(7),
    /** An account that already exists. */
    DUPLICATE_ACCOUNT(8),
    /** Not enough spendable balance. */
    INSUFFICIENT_FUNDS(9),
    /** A self-printed serial outside its limit certificate (eq. 7), or a serial the owner has not got. */
    SERIAL_OUT_OF_RANGE(10),
    /** A coin that names another owner than the one asked, or a coin the peer does not know. */
    UNKNOWN_COIN(11),
    /** The requester is not the current holder of the assignment it presents. */
    NOT_HOLDER(12),
    /** The owner holds proof that this assignment was relinquished (invariant 1/3): a double spend. */
    RELINQUISHED(13),
    /** A layered coin deeper than Max Layers (Section 5.2), or a malformed chain of layers. */
    TOO_MANY_LAYERS(14),
    /** The peer needed for this step is offline. */
    OFFLINE(15),
    /** The coin was already cashed at the broker. */
    ALREADY_CASHED(16),
    /** The account was booted by the broker for repeated fraud (Section 4.2). */
    BOOTED(17),
    /** The account has left the system. */
    ACCOUNT_CLOSED(18),
    /** The peer will not extend more credit (soft credit window, NetLossCap, Section 5.4). */
    CREDIT_REFUSED(19),
    /** The payer may not pay a coin now under NetLossCap (Section 5.4). */
    PAYMENT_REFUSED(20),
    /** The action is not allowed to this party (e.g. an assignment issued by someone who may not). */
    NOT_AUTHORIZED(21),
    /** Lottery reveal that does not match its commitment. */
    BAD_REVEAL(22),
    /** A Payword that does not hash back to the commitment's root, or is not newer than the last. */
    BAD_PAYWORD(23),
    /** A parameter or argument out of its domain. */
    INVALID_ARGUMENT(24),
    /**
     * The coin's open dispute already holds as many claims as one arbitration request can carry (255, and
     * {@link org.ppay.core.codec.Reader#MAX_MESSAGE} bytes): present the claim again once the dispute is ruled.
     */
    DISPUTE_FULL(25),
    /** A signed request whose nonce the broker has already seen within the freshness window. */
    REPLAYED(26),
    /** A signed request whose time lies further from the broker's clock than {@link Params#requestFreshness}. */
    STALE_REQUEST(27);

    /** Codes by wire number; a gap (a retired number) stays null. */
    private static final ErrorCode[] BY_WIRE;

    static {
        int max = 0;
        for (ErrorCode c : values()) max = Math.max(max, c.wire);
        BY_WIRE = new ErrorCode[max + 1];
        for (ErrorCode c : values()) {
            if (c.wire < 1 || BY_WIRE[c.wire] != null) throw new ExceptionInInitializerError("wire number " + c.wire + " of " + c);
            BY_WIRE[c.wire] = c;
        }
    }

    private final int wire;

    ErrorCode(int wire) { this.wire = wire; }

    /** The number that stands for this code on the wire; never changes once issued. */
    public int wire() { return wire; }

    /** The code with wire number {@code n}; an unknown number is {@link #MALFORMED}. */
    public static ErrorCode fromWire(int n) throws PPayException {
        ErrorCode c = n < 1 || n >= BY_WIRE.length ? null : BY_WIRE[n];
        if (c == null) throw new PPayException(MALFORMED, "unknown error code " + n);
        return c;
    }
}
