package org.ppay.sim.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** Student-t quantiles match the printed tables, and the CDF inverts them. */
class StudentTTest {
    @Test
    void theTwoSidedNinetyFivePercentQuantilesMatchTheTables() {
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.706, within(5e-4));
        assertThat(StudentT.quantile(0.975, 2)).isCloseTo(4.303, within(5e-4));
        assertThat(StudentT.quantile(0.975, 4)).isCloseTo(2.776, within(5e-4));
        assertThat(StudentT.quantile(0.975, 9)).isCloseTo(2.262, within(5e-4));
        assertThat(StudentT.quantile(0.975, 30)).isCloseTo(2.042, within(5e-4));
        assertThat(StudentT.quantile(0.975, 1000)).isCloseTo(1.962, within(5e-4));
    }

    @Test
    void oneDegreeOfFreedomIsTheCauchyDistributionExactly() {
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(Math.tan(Math.PI * 0.475), within(1e-9));
        assertThat(StudentT.quantile(0.9995, 1)).isCloseTo(Math.tan(Math.PI * 0.4995), within(1e-6));
    }

    @Test
    void theQuantileIsSymmetricAboutZero() {
        assertThat(StudentT.quantile(0.5, 3)).isZero();
        assertThat(StudentT.quantile(0.025, 4)).isCloseTo(-StudentT.quantile(0.975, 4), within(1e-12));
    }

    @Test
    void probabilitiesOutsideZeroAndOneAndNoDegreesOfFreedomAreRefused() {
        assertThatThrownBy(() -> StudentT.quantile(1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.quantile(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.quantile(0.9, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void theCdfOfTheQuantileIsTheProbability(@ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(6) double p, @ForAll @IntRange(min = 1, max = 200) int df) {
        assertThat(StudentT.cdf(StudentT.quantile(p, df), df)).isCloseTo(p, within(1e-9));
    }
}
