package org.ppay.sim.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** A mean's 95% interval, and interval arithmetic that contains every value its operands' intervals allow. */
class IntervalTest {
    @Test
    void oneValueIsItsOwnExactInterval() {
        Interval v = Interval.of(List.of(3.5));
        assertThat(v).isEqualTo(Interval.point(3.5));
        assertThat(v.exact()).isTrue();
    }

    @Test
    void fiveValuesGiveTheMeanPlusOrMinusTTimesTheStandardError() {
        Interval v = Interval.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0));   // s = √2.5, se = √0.5, t(0.975, 4) = 2.7764
        double half = 2.776445 * Math.sqrt(0.5);
        assertThat(v.mean()).isEqualTo(3.0);
        assertThat(v.lo()).isCloseTo(3 - half, within(1e-5));
        assertThat(v.hi()).isCloseTo(3 + half, within(1e-5));
    }

    @Test
    void twoSeedsThatAgreeGiveAnExactInterval() {
        assertThat(Interval.of(List.of(7.0, 7.0)).exact()).isTrue();
    }

    @Test
    void aRatioOfPositiveIntervalsRunsFromTheSmallestToTheLargestQuotient() {
        Interval r = new Interval(10, 8, 12).div(new Interval(2, 1, 4));
        assertThat(r).isEqualTo(new Interval(5, 2, 12));
    }

    @Test
    void aDifferenceTakesTheOppositeBounds() {
        assertThat(new Interval(10, 8, 12).minus(new Interval(2, 1, 4))).isEqualTo(new Interval(8, 4, 11));
    }

    @Test
    void dividingByAnIntervalThatReachesZeroBoundsNothing() {
        Interval r = Interval.point(1).div(new Interval(1, -1, 3));
        assertThat(r.lo()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(r.hi()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(r.atLeast(-1e300) || r.atMost(1e300)).isFalse();
    }

    @Test
    void exactOperandsGiveExactlyThePlainArithmetic() {
        double a = 0.1, b = 0.7;
        assertThat(Interval.point(a).div(Interval.point(b))).isEqualTo(Interval.point(a / b));
        assertThat(Interval.point(a).minus(Interval.point(b)).abs()).isEqualTo(Interval.point(Math.abs(a - b)));
    }

    @Test
    void aBoundHoldsOnlyForTheWholeInterval() {
        Interval v = new Interval(1, 0.5, 1.5);
        assertThat(v.above(0.4)).isTrue();
        assertThat(v.above(0.9)).as("the mean is above, the lower bound is not").isFalse();
        assertThat(v.within(0.5, 1.5)).isTrue();
        assertThat(v.within(0.6, 2)).isFalse();
    }

    @Property(tries = 300)
    void everyOperationOnValuesInTheIntervalsGivesAValueInTheDerivedInterval(
            @ForAll @DoubleRange(min = -50, max = 50) double aLo, @ForAll @DoubleRange(min = 0, max = 20) double aWidth,
            @ForAll @DoubleRange(min = 0.5, max = 50) double bLo, @ForAll @DoubleRange(min = 0, max = 20) double bWidth,
            @ForAll @DoubleRange(min = 0, max = 1) double u, @ForAll @DoubleRange(min = 0, max = 1) double w) {
        Interval a = new Interval(aLo + aWidth / 2, aLo, aLo + aWidth), b = new Interval(bLo + bWidth / 2, bLo, bLo + bWidth);
        double x = aLo + u * aWidth, y = bLo + w * bWidth;
        assertContains(a.plus(b), x + y);
        assertContains(a.minus(b), x - y);
        assertContains(a.times(b), x * y);
        assertContains(a.div(b), x / y);
        assertContains(a.abs(), Math.abs(x));
        assertContains(Interval.max(a, b), Math.max(x, y));
        assertContains(Interval.min(a, b), Math.min(x, y));
    }

    private static void assertContains(Interval i, double v) {
        double slack = 1e-9 * Math.max(1, Math.abs(v));
        assertThat(v).isBetween(i.lo() - slack, i.hi() + slack);
    }
}
