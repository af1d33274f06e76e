package org.ppay.core.msg;

/**
 * Every PPay message. Each is an immutable record with one canonical binary encoding ({@link #encode()},
 * read back by {@link Codec#decode}); constructors reject structurally invalid values, so a decoded
 * message is well-formed. Signatures are checked by the role that receives the message, against the key
 * the paper names, because only the receiver knows which key that is (e.g. the broker's).
 */
public sealed interface Message
        permits Coin, LimitCertificate, Holding, ReassignmentRequest, RenewalRequest, CashRequest, CashReceipt,
                ArbitrationRequest, ArbitrationResponse, PaywordCommitment, Payword,
                LotteryTicket, LotteryChallenge, LotteryReveal {
    byte[] encode();

    /** Encoded size in bytes: what a {@code CostMeter} charges for sending or receiving it. */
    default int size() { return encode().length; }

    /** Signatures the encoding carries, nested ones included: lets cost models rescale sizes to other schemes. */
    int signatures();

    /** Peer identities (public keys) the encoding carries, nested ones included. */
    int identities();
}
