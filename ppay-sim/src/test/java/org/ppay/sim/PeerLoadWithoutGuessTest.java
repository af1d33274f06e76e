package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppay.core.role.Scheme;
import org.ppay.sim.cost.CostModel;
import org.ppay.sim.cost.CostModels;
import org.ppay.sim.figures.Metric;
import org.ppay.sim.figures.RunMetrics;

/**
 * Peer load is reported with and without GUESS work (query probes, answers, hits), so that a claim about PPay's
 * overhead (Section 7.2.2) and one about the whole peer load (Figures 2 and 7) can each be judged on its own load.
 */
class PeerLoadWithoutGuessTest {
    private static final CostModel ERA = CostModels.paperEra();

    @Test
    void theLoadWithoutGuessIsTheWholePeerLoadLessItsGuessWork() {
        SimResult r = SmallRun.of(Scheme.PPAY).run();
        double all = r.hz(false, ERA), guess = r.hz(false, Task.GUESS, ERA);
        assertThat(guess).isPositive();
        assertThat(r.peerHzWithoutGuess(ERA)).isPositive().isCloseTo(all - guess, within(1e-9 * all));
    }

    @Test
    void theBandwidthWithoutGuessAndTheGuessBandwidthAddUpToTheWholePeerBandwidth() {
        SimResult r = SmallRun.of(Scheme.PPAY).run();
        double whole = r.bps(false, true, ERA) + r.bps(false, false, ERA);
        double without = r.peerBpsWithoutGuess(true, ERA) + r.peerBpsWithoutGuess(false, ERA);
        assertThat(without).isPositive().isLessThan(whole);
        assertThat(without + RunMetrics.of(r, ERA).get("peer_bps_guess")).isCloseTo(whole, within(1e-9 * whole));
    }

    @Test
    void theSimulateJsonAndTheFigureMetricsCarryBothPeerLoads() {
        SimResult r = SmallRun.of(Scheme.PPAY).run();
        Map<?, ?> peer = (Map<?, ?>) r.toMap(ERA).get("peer");
        assertThat(peer.get("hz")).isEqualTo(r.hz(false, ERA));
        assertThat(peer.get("hz_without_guess")).isEqualTo(r.peerHzWithoutGuess(ERA));
        assertThat(peer.get("bps_in_without_guess")).isEqualTo(r.peerBpsWithoutGuess(true, ERA));
        assertThat(peer.get("bps_out_without_guess")).isEqualTo(r.peerBpsWithoutGuess(false, ERA));
        RunMetrics m = RunMetrics.of(r, ERA);
        assertThat(Metric.PEER_HZ.of(m)).isEqualTo(r.hz(false, ERA));
        assertThat(Metric.PEER_HZ_WITHOUT_GUESS.of(m)).isEqualTo(r.peerHzWithoutGuess(ERA));
    }
}
