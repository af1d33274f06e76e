package org.ppay.sim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppay.core.role.ProofRetention;
import org.ppay.sim.engine.Engine;

/** The benchmark's plumbing on a tiny network; no timing is asserted (that is what the benchmark is for). */
class SimBenchTest {
    @Test
    void aMeasurementCountsTheRunsEventsAndTheHeapItLeaves() {
        SimBench.Row r = SimBench.measure(Engine.CORE, 60, 0.05, ProofRetention.KEEP);
        assertThat(r.events()).isPositive();
        assertThat(r.protocolErrors()).isZero();
        assertThat(r.runSeconds()).isPositive();
        assertThat(r.heapUsedBytes()).isPositive();
    }

    @Test
    void theTableHasARowPerSizeAndRatiosBetweenThem() {
        List<SimBench.Row> rows = List.of(new SimBench.Row(Engine.CORE, 1000, 0.25, 50_000, 0.1, 2.0, 90L << 20, 5L << 20, 0, 1_000_000, 2e5, 1e5),
            new SimBench.Row(Engine.CORE, 10000, 0.25, 500_000, 0.5, 40.0, 800L << 20, 5L << 20, 0, 10_000_000, 1e6, 0.9e5),
            new SimBench.Row(Engine.CORE, 100000, 0.25, -1, 0, 0, 0, 0, 0, 0, 0, 0));
        String table = SimBench.format(rows, ProofRetention.COUNT);
        assertThat(table).contains("events/s", "B/peer", "25000", "12500", "out of memory");
        assertThat(table).contains("10000 vs 1000 peers: 0.50x");
        assertThat(table).contains("probes/s", "500000", "proofs count");
        assertThat(table).contains("core events/s ratios");
        assertThat(table).contains("10000 vs 1000 peers: peer Hz 0.900x, broker Hz 5.000x (network 10.0x)");
    }

    @Test
    void bothEnginesOnOneSizeGiveTheirRatio() {
        List<SimBench.Row> rows = List.of(new SimBench.Row(Engine.FAST, 1000, 0.25, 50_000, 0.1, 0.5, 20L << 20, 5L << 20, 0, 1_000_000, 2e5, 1e5),
            new SimBench.Row(Engine.CORE, 1000, 0.25, 50_000, 0.1, 5.0, 95L << 20, 5L << 20, 0, 1_000_000, 2e5, 1e5));
        String table = SimBench.format(rows, ProofRetention.COUNT);
        assertThat(table).contains("fast vs core engine (same configuration, same process):  1000 peers: events/s 10.0x");
        assertThat(table).doesNotContain("event counts differ");
    }

    @Test
    void aFastMeasurementMatchesTheCoreOnesEvents() {
        SimBench.Row f = SimBench.measure(Engine.FAST, 60, 0.05, ProofRetention.COUNT), c = SimBench.measure(Engine.CORE, 60, 0.05, ProofRetention.COUNT);
        assertThat(f.events()).isEqualTo(c.events());
        assertThat(f.probes()).isEqualTo(c.probes());
        assertThat(f.brokerHz()).isEqualTo(c.brokerHz());
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
