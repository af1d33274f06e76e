package org.ppay.node.peer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The outbox's waits between tries of a payee that does not answer: they double from a second up to a minute. */
class CourierTest {
    @Test
    void aPayeeThatDoesNotAnswerIsTriedAgainAfterWaitsThatDoubleFromOneSecondUpToAMinute() {
        Courier.Retry r = Courier.Retry.after(null, 10_000);
        assertThat(r).isEqualTo(new Courier.Retry(1_000, 11_000));
        r = Courier.Retry.after(r, 11_000);
        assertThat(r).isEqualTo(new Courier.Retry(2_000, 13_000));
        for (int i = 0; i < 10; i++) r = Courier.Retry.after(r, 20_000);
        assertThat(r).isEqualTo(new Courier.Retry(Courier.MAX_MILLIS, 20_000 + Courier.MAX_MILLIS));
    }
}
