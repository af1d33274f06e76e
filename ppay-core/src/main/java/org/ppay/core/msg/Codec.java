package org.ppay.core.msg;

import java.util.ArrayList;
import java.util.List;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;

/** Decodes any PPay message from its canonical encoding; anything else is {@link ErrorCode#MALFORMED}. */
public final class Codec {
    private Codec() {}

    public static Message decode(byte[] bytes) throws PPayException {
        Reader r = new Reader(bytes);
        Message m = read(r);
        r.end();
        return m;
    }

    /** Decodes and insists on one message type. */
    public static <T> T decode(byte[] bytes, Class<T> type) throws PPayException {
        Message m = decode(bytes);
        if (!type.isInstance(m)) throw new PPayException(ErrorCode.MALFORMED, "expected " + type.getSimpleName() + ", got " + m.getClass().getSimpleName());
        return type.cast(m);
    }

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private static Message read(Reader r) throws PPayException {
        int[] depth = DEPTH.get();
        if (++depth[0] > LayeredCoin.MAX_DEPTH + 8) {
            depth[0]--;
            throw new PPayException(ErrorCode.MALFORMED, "nesting too deep");
        }
        try {
            int tag = r.u8();
            return switch (tag) {
                case Tag.RAW_COIN -> RawCoin.read(r);
                case Tag.LIMIT_CERTIFICATE -> LimitCertificate.read(r);
                case Tag.PRINTED_COIN -> PrintedCoin.read(r);
                case Tag.ASSIGNMENT -> Assignment.read(r);
                case Tag.REASSIGNMENT_REQUEST -> ReassignmentRequest.read(r);
                case Tag.LAYERED_COIN -> LayeredCoin.read(r);
                case Tag.RENEWAL_REQUEST -> RenewalRequest.read(r);
                case Tag.CASH_REQUEST -> CashRequest.read(r);
                case Tag.CASH_RECEIPT -> CashReceipt.read(r);
                case Tag.ARBITRATION_REQUEST -> ArbitrationRequest.read(r);
                case Tag.ARBITRATION_RESPONSE -> ArbitrationResponse.read(r);
                case Tag.PAYWORD_COMMITMENT -> PaywordCommitment.read(r);
                case Tag.PAYWORD -> Payword.read(r);
                case Tag.LOTTERY_TICKET -> LotteryTicket.read(r);
                case Tag.LOTTERY_CHALLENGE -> LotteryChallenge.read(r);
                case Tag.LOTTERY_REVEAL -> LotteryReveal.read(r);
                case Tag.REFUSAL -> Refusal.read(r);
                case Tag.PAYMENT -> Payment.read(r);
                case Tag.REFUND_REQUEST -> RefundRequest.read(r);
                case Tag.FRAUD_REPORT -> FraudReport.read(r);
                case Tag.RULING -> Ruling.read(r);
                case Tag.APPEAL -> Appeal.read(r);
                case Tag.PENDING_NOTICE -> PendingNotice.read(r);
                case Tag.JOIN_REQUEST -> JoinRequest.read(r);
                case Tag.FUND_REQUEST -> FundRequest.read(r);
                case Tag.BUY_REQUEST -> BuyRequest.read(r);
                case Tag.LIMIT_REQUEST -> LimitRequest.read(r);
                case Tag.LEAVE_REQUEST -> LeaveRequest.read(r);
                case Tag.STATEMENT_REQUEST -> StatementRequest.read(r);
                case Tag.COLLECT_REQUEST -> CollectRequest.read(r);
                case Tag.ACCOUNT_STATEMENT -> AccountStatement.read(r);
                case Tag.COIN_SALE -> CoinSale.read(r);
                case Tag.PENDING_ACTIONS -> PendingActions.read(r);
                case Tag.CREDIT_NOTE -> CreditNote.read(r);
                case Tag.CREDIT_STATE -> CreditState.read(r);
                case Tag.SETTLEMENT -> Settlement.read(r);
                case Tag.CHAIN_REDEMPTION -> ChainRedemption.read(r);
                case Tag.CHAIN_RECEIPT -> ChainReceipt.read(r);
                default -> throw new PPayException(ErrorCode.MALFORMED, "unknown message tag " + tag);
            };
        } finally {
            depth[0]--;
        }
    }

    /** Reads a length-prefixed nested message of the given type, which must fill its length exactly. */
    static <T> T readNested(Reader outer, Class<T> type) throws PPayException {
        Reader r = outer.nested();
        Message m = read(r);
        r.end();
        if (!type.isInstance(m)) throw new PPayException(ErrorCode.MALFORMED, "expected " + type.getSimpleName() + ", got " + m.getClass().getSimpleName());
        return type.cast(m);
    }

    static <T> List<T> readList(Reader r, int n, Class<T> type) throws PPayException {
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(readNested(r, type));
        return out;
    }

    /** An optional nested message: a presence flag, then the message length-prefixed if present. */
    static <T> T readOptional(Reader r, Class<T> type) throws PPayException {
        return r.bool() ? readNested(r, type) : null;
    }

    /** The encoded size of {@link #writeOptional}'s output. */
    static int optionalSize(Message m) { return 1 + (m == null ? 0 : 4 + m.size()); }

    static Writer writeOptional(Writer w, Message m) {
        w.bool(m != null);
        return m == null ? w : w.nested(m);
    }

    /** A list of at most 255 nested messages: its count in one byte, then each length-prefixed. */
    static Writer writeList(Writer w, List<? extends Message> items) {
        w.u8(items.size());
        for (int i = 0; i < items.size(); i++) w.nested(items.get(i));
        return w;
    }

    /** The encoded size of {@link #writeList}'s output. */
    static int listSize(List<? extends Message> items) {
        int n = 1;
        for (int i = 0; i < items.size(); i++) n += 4 + items.get(i).size();
        return n;
    }

    /** An enum constant with a stable number on the wire (its ordinal is not: constants may be added anywhere). */
    interface Numbered {
        int wire();
    }

    /** The constant of {@code values} with wire number {@code n}; an unknown number is MALFORMED. */
    static <E extends Numbered> E byWire(E[] values, int n, String what) throws PPayException {
        for (E e : values) if (e.wire() == n) return e;
        throw new PPayException(ErrorCode.MALFORMED, "unknown " + what + " " + n);
    }

    interface Build<T> { T get() throws PPayException; }

    /** Runs a record constructor; its structural refusals become {@link ErrorCode#MALFORMED}. */
    static <T> T build(Build<T> b) throws PPayException {
        try {
            return b.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PPayException(ErrorCode.MALFORMED, e.getMessage());
        }
    }
}
