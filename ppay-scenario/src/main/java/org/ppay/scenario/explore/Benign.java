package org.ppay.scenario.explore;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ppay.core.ErrorCode;

/**
 * The refusals an honest peer may meet, by action: an offline or departed peer, an expired coin, funds, limits,
 * timing, and a credit window that is full (Section 5.4). Anything else refusing an honest action is a bug.
 */
final class Benign {
    private static final Map<Kind, Set<ErrorCode>> BY_KIND = new EnumMap<>(Kind.class);

    static {
        Set<ErrorCode> pay = EnumSet.of(ErrorCode.OFFLINE, ErrorCode.EXPIRED, ErrorCode.INSUFFICIENT_FUNDS, ErrorCode.TOO_MANY_LAYERS);
        Set<ErrorCode> service = EnumSet.of(ErrorCode.OFFLINE, ErrorCode.EXPIRED, ErrorCode.INSUFFICIENT_FUNDS, ErrorCode.TOO_MANY_LAYERS,
            ErrorCode.SERIAL_OUT_OF_RANGE, ErrorCode.CREDIT_REFUSED, ErrorCode.PAYMENT_REFUSED);
        BY_KIND.put(Kind.PAY, pay);
        BY_KIND.put(Kind.PAY_VIA, pay);
        BY_KIND.put(Kind.ASSIGN, EnumSet.of(ErrorCode.OFFLINE, ErrorCode.EXPIRED));
        BY_KIND.put(Kind.RENEW, EnumSet.of(ErrorCode.OFFLINE, ErrorCode.EXPIRED, ErrorCode.NOT_YET_RENEWABLE, ErrorCode.INSUFFICIENT_FUNDS));
        BY_KIND.put(Kind.CASH, EnumSet.of(ErrorCode.OFFLINE, ErrorCode.EXPIRED));
        BY_KIND.put(Kind.CASH_OWN, EnumSet.of(ErrorCode.OFFLINE, ErrorCode.EXPIRED));
        BY_KIND.put(Kind.BUY, EnumSet.of(ErrorCode.INSUFFICIENT_FUNDS));
        BY_KIND.put(Kind.PRINT, EnumSet.of(ErrorCode.SERIAL_OUT_OF_RANGE, ErrorCode.EXPIRED));
        BY_KIND.put(Kind.SERVE, service);
        BY_KIND.put(Kind.LOTTERY, service);
        BY_KIND.put(Kind.LEAVE, EnumSet.of(ErrorCode.OFFLINE));
    }

    private Benign() {}

    /**
     * Whether an honest action may be refused with this code. A peer that left the system formally refuses
     * everything ({@code ACCOUNT_CLOSED}), as does the broker for it.
     */
    static boolean refusal(Kind kind, ErrorCode code, boolean involvesDeparted) {
        if (code == ErrorCode.ACCOUNT_CLOSED && involvesDeparted) return true;
        return BY_KIND.getOrDefault(kind, Set.of()).contains(code);
    }
}
