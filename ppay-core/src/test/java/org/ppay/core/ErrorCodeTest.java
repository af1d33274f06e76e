package org.ppay.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Error codes travel as numbers (refusals, broker answers): a number, once issued, means one code forever. */
class ErrorCodeTest {
    /** Every code and its wire number, as issued. Append new codes; never change or reuse a number. */
    private static final String[] PINNED = {
        "MALFORMED", "BAD_SIGNATURE", "STALE_SEQUENCE", "EXPIRED", "NOT_YET_RENEWABLE", "WINDOW_TAMPERED",
        "UNKNOWN_ACCOUNT", "DUPLICATE_ACCOUNT", "INSUFFICIENT_FUNDS", "SERIAL_OUT_OF_RANGE", "UNKNOWN_COIN",
        "NOT_HOLDER", "RELINQUISHED", "TOO_MANY_LAYERS", "OFFLINE", "ALREADY_CASHED", "BOOTED", "ACCOUNT_CLOSED",
        "CREDIT_REFUSED", "PAYMENT_REFUSED", "NOT_AUTHORIZED", "BAD_REVEAL", "BAD_PAYWORD", "INVALID_ARGUMENT",
        "DISPUTE_FULL", "REPLAYED", "STALE_REQUEST"};

    @Test
    void everyCodeKeepsTheWireNumberItWasIssuedWith() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < PINNED.length; i++) expected.put(PINNED[i], i + 1);
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (ErrorCode c : ErrorCode.values()) actual.put(c.name(), c.wire());
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void aWireNumberReadsBackAsItsCode() throws PPayException {
        for (ErrorCode c : ErrorCode.values()) assertThat(ErrorCode.fromWire(c.wire())).isSameAs(c);
        assertThat(Arrays.stream(ErrorCode.values()).mapToInt(ErrorCode::wire).distinct().count()).isEqualTo(ErrorCode.values().length);
    }

    @Test
    void anUnknownWireNumberIsMalformed() {
        for (int n : new int[] {0, -1, PINNED.length + 1, 255, 256, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertThatThrownBy(() -> ErrorCode.fromWire(n)).as("wire number %d", n)
                .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED));
        }
    }
}
