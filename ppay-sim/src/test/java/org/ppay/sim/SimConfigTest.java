package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ppay.core.role.ProofRetention;

/** A configuration names the flag, its range and the value it refuses; runs are finite; the heap estimate stays low. */
class SimConfigTest {
    static SimConfig.Builder t1() { return SimConfig.builder(); }

    @Test
    void runsAreFiniteAndAtMostTenYears() {
        assertThat(t1().days(SimConfig.MAX_DAYS).build().days()).isEqualTo(3650);
        for (double d : new double[] {Double.POSITIVE_INFINITY, Double.NaN, 1e9, 0, -1}) {
            assertThatThrownBy(() -> t1().days(d).build()).hasMessage("--days must be in (0, 3650], not " + d);
        }
    }

    @Test
    void everyRateAndMultiplierIsAFiniteNumberAboveZero() {
        assertThatThrownBy(() -> t1().queryRate(Double.POSITIVE_INFINITY).build()).hasMessage("--query-rate must be a finite number above 0, not Infinity");
        assertThatThrownBy(() -> t1().lifespanMultiplier(0).build()).hasMessageStartingWith("--lifespan-multiplier must be");
        assertThatThrownBy(() -> t1().downtimeMultiplier(Double.NaN).build()).hasMessageStartingWith("--downtime-multiplier must be");
        assertThatThrownBy(() -> t1().renewalWaitDays(Double.POSITIVE_INFINITY).build()).hasMessageStartingWith("--renewal-wait-days must be");
    }

    @Test
    void theCacheIsBelowTheNetwork() {
        assertThatThrownBy(() -> t1().peers(50).build()).hasMessage("--cache-size must be in [1, peers) = [1, 50), not 100");
    }

    @Test
    void theHeapEstimateStaysUnderWhatRunsWereMeasuredToUse() {
        long gb = 1_000_000_000L;
        assertThat(HeapEstimate.bytes(SimConfig.defaults(), ProofRetention.COUNT)).as("Table 1, 6.0 GB resident").isBetween(4 * gb, 6 * gb);
        assertThat(HeapEstimate.bytes(SimConfig.defaults(), ProofRetention.KEEP)).as("Table 1 keeping proofs, 13.3 GB").isBetween(8 * gb, 13 * gb);
        assertThat(HeapEstimate.bytes(t1().peers(1_000_000).days(0.002).build(), ProofRetention.COUNT)).as("6.4 GB after the run")
            .isLessThan(6_400_000_000L);
        assertThat(HeapEstimate.bytes(t1().days(3650).build(), ProofRetention.COUNT)).as("state stops growing after the Renewal Wait")
            .isEqualTo(HeapEstimate.bytes(SimConfig.defaults(), ProofRetention.COUNT));
        assertThat(HeapEstimate.peersWithin(6 * gb, SimConfig.defaults(), ProofRetention.COUNT)).isEqualTo(1198);
    }
}
