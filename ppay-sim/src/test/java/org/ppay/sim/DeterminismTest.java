package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ppay.core.role.Scheme;

/** All randomness comes from the seed (SimConfig): a seed replays a run exactly, another seed gives another run. */
class DeterminismTest {
    @ParameterizedTest
    @EnumSource(Scheme.class)
    void theSameSeedReplaysTheRunExactly(Scheme s) {
        for (SmallRun c : new SmallRun[] {SmallRun.of(s).seed(11), SmallRun.of(s).scw().lazyPercent(30).netLossCap(20).seed(11)}) {
            Map<String, Object> first = SmallRun.reproducible(c.runAfresh());
            Map<String, Object> second = SmallRun.reproducible(c.runAfresh());
            assertThat(second).as(c.toString()).isEqualTo(first);
        }
    }

    @ParameterizedTest
    @EnumSource(Scheme.class)
    void anotherSeedGivesAnotherRun(Scheme s) {
        SimResult a = SmallRun.of(s).seed(1).run(), b = SmallRun.of(s).seed(2).run();
        Map<String, Object> ma = SmallRun.reproducible(a), mb = SmallRun.reproducible(b);
        ((Map<?, ?>) ma.get("params")).remove("seed");
        ((Map<?, ?>) mb.get("params")).remove("seed");
        assertThat(mb).isNotEqualTo(ma);
        assertThat(b.count("queries")).isNotEqualTo(a.count("queries"));
        assertThat(b.count("coins_printed")).isNotEqualTo(a.count("coins_printed"));
    }
}
