package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ppay.core.role.ProofRetention;
import org.ppay.core.role.Scheme;

/**
 * {@code --proofs count} is a memory saving, not a model change: owners that only count their proofs give
 * exactly the run of owners that keep them, every count, load and state figure included.
 */
class ProofRetentionTest {
    @ParameterizedTest
    @EnumSource(Scheme.class)
    void countingProofsGivesExactlyTheRunOfKeepingThem(Scheme s) {
        for (SmallRun c : new SmallRun[] {SmallRun.of(s).days(3), SmallRun.of(s).downtime(5).renewalWaitDays(1).days(3),
                SmallRun.of(s).scw().lazyPercent(20).days(3)}) {
            SimResult kept = new Simulator(c.config(), ProofRetention.KEEP).run();
            SimResult counted = new Simulator(c.config(), ProofRetention.COUNT).run();
            Map<String, Object> k = SmallRun.reproducible(kept), n = SmallRun.reproducible(counted);
            assertThat(n).as(c.toString()).isEqualTo(k);
            assertThat(kept.count("reassign_owner") + kept.count("layered")).as("the run moved coins").isPositive();
            assertThat(kept.moneyConserved()).isTrue();
        }
    }
}
