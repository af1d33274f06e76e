package org.ppay.sim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppay.core.role.ProofRetention;

/** The benchmark's plumbing on a tiny network; no timing is asserted (that is what the benchmark is for). */
class SimBenchTest {
    @Test
    void aMeasurementCountsTheRunsEventsAndTheHeapItLeaves() {
        SimBench.Row r = SimBench.measure(60, 0.05, ProofRetention.KEEP);
        assertThat(r.events()).isPositive();
        assertThat(r.protocolErrors()).isZero();
        assertThat(r.runSeconds()).isPositive();
        assertThat(r.heapUsedBytes()).isPositive();
    }

    @Test
    void theTableHasARowPerSizeAndRatiosBetweenThem() {
        List<SimBench.Row> rows = List.of(new SimBench.Row(1000, 0.25, 50_000, 0.1, 2.0, 90L << 20, 5L << 20, 0, 1_000_000, 2e5, 1e5),
            new SimBench.Row(10000, 0.25, 500_000, 0.5, 40.0, 800L << 20, 5L << 20, 0, 10_000_000, 1e6, 0.9e5),
            new SimBench.Row(100000, 0.25, -1, 0, 0, 0, 0, 0, 0, 0, 0));
        String table = SimBench.format(rows, ProofRetention.COUNT);
        assertThat(table).contains("events/s", "B/peer", "25000", "12500", "out of memory");
        assertThat(table).contains("10000 vs 1000 peers: 0.50x");
        assertThat(table).contains("probes/s", "500000", "proofs count");
        assertThat(table).contains("10000 vs 1000 peers: peer Hz 0.900x, broker Hz 5.000x (network 10.0x)");
    }

    @Test
    void theConfigurationIsTableOneExceptSizeAndDuration() {
        var c = SimBench.config(10_000, 0.5);
        var d = org.ppay.sim.SimConfig.defaults();
        assertThat(c.peers()).isEqualTo(10_000);
        assertThat(c.days()).isEqualTo(0.5);
        assertThat(c.cacheSize()).isEqualTo(d.cacheSize());
        assertThat(c.scheme()).isEqualTo(d.scheme());
        assertThat(SimBench.config(50, 1).cacheSize()).isEqualTo(49);
    }
}
