package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppay.core.Params;
import org.ppay.core.cost.CostAction;
import org.ppay.core.role.Scheme;
import org.ppay.sim.cost.CostModel;

/** Behaviour of whole simulation runs: determinism, conservation, honest runs free of protocol errors. */
class SimulatorTest {
    /** Unit prices: every action costs one cycle, so loads are action counts per second. */
    static final CostModel UNIT;

    static {
        Map<CostAction, Double> c = new EnumMap<>(CostAction.class);
        for (CostAction a : CostAction.values()) c.put(a, 1.0);
        UNIT = new CostModel("unit", c, 0, 64, 32);
    }

    static SimConfig small(Scheme scheme, Params.CreditWindowType type, long seed) {
        return SimConfig.builder().peers(100).cacheSize(10).creditWindowType(type).scheme(scheme).days(3).seed(seed).build();
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        var a = new Simulator(small(Scheme.PPAY, Params.CreditWindowType.PAYWORD, 7)).run().toMap(UNIT);
        var b = new Simulator(small(Scheme.PPAY, Params.CreditWindowType.PAYWORD, 7)).run().toMap(UNIT);
        a.remove("wall_seconds");
        b.remove("wall_seconds");
        assertThat(a).isEqualTo(b);
    }

    @Test
    void theoremOneHoldsThroughoutARunOfEveryScheme() {
        for (Scheme s : Scheme.values()) {
            Simulator sim = new Simulator(SimConfig.builder().peers(60).cacheSize(8).downtimeMultiplier(3)
                .creditWindowType(Params.CreditWindowType.SCW).renewalWaitDays(1).scheme(s).days(3).seed(11).build()).checkInvariantsEvery(500);
            SimResult r = sim.run();
            assertThat(sim.invariantViolations()).as(s.name()).isEmpty();
            assertThat(r.count("coin_payments")).isPositive();
        }
    }

    @Test
    void anHonestRunHasNoProtocolErrorsAndBalancedBooks() {
        for (Scheme s : Scheme.values()) {
            for (Params.CreditWindowType t : Params.CreditWindowType.values()) {
                SimResult r = new Simulator(small(s, t, 3)).run();
                assertThat(r.protocolErrors()).as(s + " " + t).isZero();
                assertThat(r.moneyConserved()).as(s + " " + t).isTrue();
                assertThat(r.picopaymentImbalance()).isZero();
                assertThat(r.count("coin_payments")).isPositive();
            }
        }
    }
}
