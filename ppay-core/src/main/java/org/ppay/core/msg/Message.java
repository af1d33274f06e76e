package org.ppay.core.msg;

import org.ppay.core.codec.Writer;

/**
 * Every PPay message. Each is an immutable record with one canonical binary encoding ({@link #encode()},
 * read back by {@link Codec#decode}); constructors reject structurally invalid values, so a decoded
 * message is well-formed. Signatures are checked by the role that receives the message, against the key
 * the paper names, because only the receiver knows which key that is (e.g. the broker's).
 */
public sealed interface Message extends Writer.Part
        permits Coin, LimitCertificate, Holding, ReassignmentRequest, RenewalRequest, CashRequest, CashReceipt,
                ArbitrationRequest, ArbitrationResponse, PaywordCommitment, Payword,
                LotteryTicket, LotteryChallenge, LotteryReveal, Refusal, Payment, RefundRequest, FraudReport, Ruling,
                Appeal, PendingNotice, AccountRequest, AccountStatement, CoinSale, PendingActions, CreditNote, CreditState,
                Settlement, ChainRedemption, ChainReceipt {
    /**
     * The canonical encoding, written in one pass into one array of exactly {@link #size()} bytes: the
     * simulator encodes every coin payment several times, so nested messages are written in place, not
     * encoded separately and copied.
     */
    default byte[] encode() { return Writer.encode(this); }

    /** Encoded size in bytes, computed without encoding: what a {@code CostMeter} charges for sending or receiving it. */
    @Override int size();

    /** Writes {@link #encode()}'s bytes into {@code w}; how an enclosing message nests this one in place. */
    @Override void writeTo(Writer w);

    /** Signatures the encoding carries, nested ones included: lets cost models rescale sizes to other schemes. */
    int signatures();

    /** Peer identities (public keys) the encoding carries, nested ones included. */
    int identities();
}
