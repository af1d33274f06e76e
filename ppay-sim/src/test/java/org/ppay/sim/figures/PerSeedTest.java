package org.ppay.sim.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-seed quantities: arithmetic seed by seed, and the interval of the per-seed results. */
class PerSeedTest {
    @Test
    void arithmeticCombinesSeedIWithSeedI() {
        PerSeed a = PerSeed.of(1, 2, 3), b = PerSeed.of(4, 5, 6);
        assertThat(a.plus(b)).isEqualTo(PerSeed.of(5, 7, 9));
        assertThat(b.minus(a)).isEqualTo(PerSeed.of(3, 3, 3));
        assertThat(a.times(b)).isEqualTo(PerSeed.of(4, 10, 18));
        assertThat(b.div(a)).isEqualTo(PerSeed.of(4, 2.5, 2));
        assertThat(a.times(2).minus(1).abs()).isEqualTo(PerSeed.of(1, 3, 5));
    }

    @Test
    void maxMinAndSumAcrossSeveralQuantitiesAreTakenOnEachSeed() {
        List<PerSeed> qs = List.of(PerSeed.of(1, 9, 5), PerSeed.of(4, 2, 6), PerSeed.of(3, 3, 0));
        assertThat(PerSeed.max(qs)).isEqualTo(PerSeed.of(4, 9, 6));
        assertThat(PerSeed.min(qs)).isEqualTo(PerSeed.of(1, 2, 0));
        assertThat(PerSeed.sum(qs)).isEqualTo(PerSeed.of(8, 14, 11));
    }

    @Test
    void quantitiesWithDifferentNumbersOfSeedsCannotBeCombined() {
        assertThatThrownBy(() -> PerSeed.of(1, 2).plus(PerSeed.of(1, 2, 3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PerSeed.max(List.of(PerSeed.of(1), PerSeed.of(1, 2)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneSeedGivesThePlainArithmeticAsAnExactInterval() {
        PerSeed r = PerSeed.of(0.1).div(PerSeed.of(0.7));
        assertThat(r.interval()).isEqualTo(Interval.point(0.1 / 0.7));
        assertThat(r.interval()).isEqualTo(Interval.point(0.1).div(Interval.point(0.7)));
    }

    @Test
    void theIntervalIsTheStudentTIntervalOfThePerSeedValues() {
        PerSeed q = PerSeed.of(2, 4, 6, 8, 10).div(2);   // 1..5: mean 3, half-width t(0.975, 4) · √0.5
        Interval i = q.interval();
        assertThat(i.mean()).isEqualTo(3.0);
        assertThat(i.hi() - i.mean()).isCloseTo(2.776445 * Math.sqrt(0.5), within(1e-5));
    }

    @Test
    void aRatioOfTwoPositivelyCorrelatedQuantitiesIsNarrowPerSeedWhereBoundsArithmeticIsWide() {
        // Both loads rise and fall together from seed to seed (the seeds' activity), their ratio stays near 2.5.
        PerSeed a = PerSeed.of(10, 20, 30), b = PerSeed.of(4.1, 7.9, 12.0);
        Interval paired = a.div(b).interval();
        Interval bounds = a.interval().div(b.interval());
        assertThat(paired.lo()).isGreaterThan(2.3);
        assertThat(paired.hi()).isLessThan(2.7);
        assertThat(bounds.hi() - bounds.lo()).as("bounds arithmetic: lo(a)/hi(b) to hi(a)/lo(b), here a divisor reaching 0")
            .isGreaterThan(100 * (paired.hi() - paired.lo()));
    }
}
