package org.ppay.core.msg;

import java.util.ArrayList;
import java.util.List;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.codec.Reader;

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
