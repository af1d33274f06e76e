package org.ppay.sim.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppay.core.role.Scheme;
import org.ppay.sim.SimConfig;

/** The declared figure list: Figures 1–9 with the paper's chart kinds and fixed settings. */
class FiguresTest {
    @Test
    void aSweepRunsNoMoreRunsAtOnceThanTheHeapHolds() {
        long gb = 1L << 30;
        assertThat(SweepSettings.threadsFor(2, 18 * gb, 1000, 40)).isEqualTo(2);
        assertThat(SweepSettings.threadsFor(2, 6 * gb, 1000, 40)).as("one Table 1 run fills 6 GB").isEqualTo(1);
        assertThat(SweepSettings.threadsFor(2, gb / 2, 1000, 40)).as("never fewer than one").isEqualTo(1);
        assertThat(SweepSettings.threadsFor(8, 64 * gb, 200, 40)).isEqualTo(8);
        assertThat(SweepSettings.runBytes(1000, 80)).isEqualTo(SweepSettings.runBytes(1000, 40));
    }

    @Test
    void theFigureListCoversFiguresOneToNineInOrder() {
        assertThat(Figures.all()).extracting(FigureSpec::id).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void figuresOneAndTwoAreBarsFigureFourIsStackedAndTheRestAreLines() {
        for (FigureSpec f : Figures.all()) {
            ChartKind expected = switch (f.id()) {
                case 1, 2 -> ChartKind.BARS;
                case 4 -> ChartKind.STACKED_BARS;
                default -> ChartKind.LINES;
            };
            assertThat(f.kind()).as("figure %d", f.id()).isEqualTo(expected);
        }
    }

    @Test
    void eachFigurePlotsThePapersMetric() {
        assertThat(Figures.byId(1).orElseThrow().metrics()).containsExactly(Metric.BROKER_HZ);
        assertThat(Figures.byId(2).orElseThrow().metrics()).containsExactly(Metric.PEER_HZ);
        assertThat(Figures.byId(4).orElseThrow().metrics()).containsExactly(Metric.PEER_HZ_GUESS, Metric.PEER_HZ_REASSIGN,
            Metric.PEER_HZ_RENEW, Metric.PEER_HZ_OTHER);
        assertThat(Figures.byId(5).orElseThrow().metrics()).containsExactly(Metric.PEER_MEAN_PROOFS);
        assertThat(Figures.byId(7).orElseThrow().series()).isEqualTo(Param.CREDIT_WINDOW_TYPE);
        assertThat(Figures.byId(8).orElseThrow().metrics()).containsExactly(Metric.CREDIT_LOSS_MEAN, Metric.CREDIT_LOSS_MAX);
        assertThat(Figures.byId(8).orElseThrow().series()).isEqualTo(Param.LAZY_PERCENT);
        assertThat(Figures.byId(9).orElseThrow().series()).isEqualTo(Param.NET_LOSS_CAP);
    }

    @Test
    void figureThreeRunsPPayAtDowntimeMultiplierTwenty() {
        SweepSettings s = new SweepSettings(50, 5, 1, 3, false, 1, org.ppay.sim.cost.CostModels.paperEra());
        FigureSpec f3 = Figures.byId(3).orElseThrow();
        assertThat(f3.fixed()).isEqualTo(Map.of(Param.DOWNTIME_MULTIPLIER, 20, Param.SCHEME, Scheme.PPAY));
        SimConfig c = f3.config(s.base(), new FigureSpec.Point(4, null));
        assertThat(c.downtimeMultiplier()).isEqualTo(20);
        assertThat(c.maxLayers()).isEqualTo(4);
        assertThat(c.peers()).isEqualTo(50);
        assertThat(c.seed()).isEqualTo(3);
    }

    @Test
    void renewalWaitFiguresRunLongerThanTheLongestRenewalWait() {
        SweepSettings s = SweepSettings.of(true, null, null, 1);
        for (int id : List.of(4, 5)) {
            FigureSpec f = Figures.byId(id).orElseThrow();
            for (FigureSpec.Point p : f.points(true)) assertThat(f.config(s.base(), p).days()).isGreaterThan(30);
        }
    }

    @Test
    void quickSweepsKeepEveryXValueTheClaimsName() {
        assertThat(Figures.byId(1).orElseThrow().xValues(true)).contains(1, 20);
        assertThat(Figures.byId(4).orElseThrow().xValues(true)).contains(10, 30);
        for (int id : List.of(6, 7, 8, 9)) assertThat(Figures.byId(id).orElseThrow().xValues(true)).contains(10, 100);
        assertThat(Figures.byId(9).orElseThrow().seriesValues(true)).contains(Param.NO_CAP);
        assertThat(Figures.byId(8).orElseThrow().seriesValues(true)).contains(0);
    }

    @Test
    void aQuickSweepIsMuchSmallerThanAFullOne() {
        SweepSettings quick = SweepSettings.of(true, null, null, 1), full = SweepSettings.of(false, null, null, 1);
        assertThat(quick.peers()).isLessThanOrEqualTo(200);
        assertThat(quick.cacheSize()).isEqualTo(quick.peers() / 10);
        assertThat(quick.days()).isLessThan(full.days());
        assertThat(Sweep.plan(Figures.all(), quick)).hasSizeLessThan(Sweep.plan(Figures.all(), full).size());
        assertThat(full.peers()).isEqualTo(1000);
        assertThat(full.cacheSize()).isEqualTo(100);
    }

    @Test
    void figuresThatShareAConfigurationShareItsRun() {
        SweepSettings s = SweepSettings.of(true, null, null, 1);
        List<FigureSpec> oneAndTwo = List.of(Figures.byId(1).orElseThrow(), Figures.byId(2).orElseThrow());
        // and the worst case claim 15 compares with Figure 1's RM run
        assertThat(Sweep.plan(oneAndTwo, s)).hasSize(Figures.byId(1).orElseThrow().points(true).size() + 1);
        assertThat(Sweep.plan(List.of(Figures.byId(2).orElseThrow()), s)).as("without Figure 1, no worst case")
            .hasSize(Figures.byId(2).orElseThrow().points(true).size());
    }
}
