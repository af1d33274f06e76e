package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The query loop's shortcut for a match draw gives exactly the answer of {@code u < -Math.expm1(y)}. */
class GuessNetworkTest {
    @Test
    void theMatchDrawAgreesWithExpm1EvenNextToTheThreshold() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 2_000_000; i++) {
            double y = -Math.pow(10, -12 + 14 * r.nextDouble()) * (i % 7 == 0 ? 0 : 1) * (i % 11 == 0 ? 0.5 : 1);
            double t = -Math.expm1(y);
            double u = switch (i % 5) {
                case 0 -> t;
                case 1 -> Math.nextUp(t);
                case 2 -> Math.nextDown(t);
                case 3 -> t * (1 + (r.nextDouble() - 0.5) * 1e-11);
                default -> r.nextDouble();
            };
            if (u < 0 || u >= 1) continue;
            assertThat(GuessNetwork.below(u, y)).as("u=%s y=%s", u, y).isEqualTo(u < t);
        }
    }

    @Test
    void noMatchIsDrawnWhenThereIsNothingToMatch() {
        assertThat(GuessNetwork.below(0, 0)).isFalse();
        assertThat(GuessNetwork.below(0, -0.0)).isFalse();
        assertThat(GuessNetwork.below(0.5, -50)).isTrue();
    }
}
