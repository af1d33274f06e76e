package org.ppay.sim.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.core.Params;
import org.ppay.core.role.Scheme;
import org.ppay.sim.SimConfig;

/** A sweep of several seeds: every configuration runs once per seed, and figures and claims use means with 95% intervals. */
class SeedsSweepTest {
    static final SweepSettings TWO = FigureSweepTest.TINY.withSeeds(2);

    /**
     * Figures 1 (bars: all three schemes at DM = 1), 4 (stacked) and 6 (lines), cut down to four distinct
     * configurations of 30 peers for a day (Figure 4's and Figure 6's first point are Figure 1's PPay run).
     */
    static List<FigureSpec> figures() {
        return List.of(
            Figures.byId(1).orElseThrow().restrict(List.of(1), List.of(Scheme.PPAY, Scheme.PPAY_STAR, Scheme.RM)),
            Figures.byId(4).orElseThrow().restrict(List.of(30), List.of()).withMinDays(0),
            Figures.byId(6).orElseThrow().restrict(List.of(10, 20), List.of(Params.CreditWindowType.PAYWORD)));
    }

    @TempDir
    static Path dir;
    static FigureSet.Output output;

    @BeforeAll
    static void sweep() throws Exception {
        output = FigureSet.run(figures(), TWO, dir, null);
    }

    @Test
    void everyDistinctConfigurationRunsOncePerSeedWithConsecutiveSeeds() {
        Map<SimConfig, String> plan = Sweep.plan(figures(), TWO);
        assertThat(Sweep.plan(figures(), FigureSweepTest.TINY)).hasSize(4 + 1);      // and the worst case (claim 15)
        assertThat(plan).hasSize(2 * 5);
        assertThat(plan.keySet()).extracting(SimConfig::seed).containsExactly(11L, 12L, 11L, 12L, 11L, 12L, 11L, 12L, 11L, 12L);
        assertThat(plan.values()).allMatch(l -> l.endsWith(" seed 11") || l.endsWith(" seed 12"));
        assertThat(output.result().runs()).hasSize(10);
    }

    @Test
    void runsCsvHasARowForEachSeedOfEachConfiguration() throws IOException {
        List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
        int seed = List.of(runs.get(0).split(",")).indexOf("seed");
        assertThat(seed).isNotNegative();
        assertThat(runs).hasSize(1 + 10);
        assertThat(runs.subList(1, 5)).extracting(l -> l.split(",")[seed]).containsExactly("11", "12", "11", "12");
        assertThat(List.of(runs.get(1).split(",")).subList(0, seed)).as("the seeds of one configuration are consecutive rows")
            .isEqualTo(List.of(runs.get(2).split(",")).subList(0, seed));
    }

    @Test
    void theFigureCsvGivesTheMeanAndTheIntervalBoundsAroundIt() throws IOException {
        List<String> fig1 = Files.readAllLines(dir.resolve("fig1.csv"));
        assertThat(fig1.get(0)).isEqualTo(Csv.FIGURE_HEADER_SEEDS);
        assertThat(fig1).hasSize(4);
        for (String line : fig1.subList(1, 4)) {
            String[] c = line.split(",");
            double mean = Double.parseDouble(c[2]), lo = Double.parseDouble(c[3]), hi = Double.parseDouble(c[4]);
            assertThat(lo).isLessThanOrEqualTo(mean);
            assertThat(hi).isGreaterThanOrEqualTo(mean);
            assertThat(mean).isPositive();
        }
    }

    @Test
    void reproductionMdNamesTheSeedsAndGivesOursAsMeanWithItsInterval() throws IOException {
        String md = Files.readString(dir.resolve(Reproduction.FILE));
        assertThat(md).contains("2 seeds for every configuration, 11 to 12", "95% Student-t confidence interval", "10 distinct runs");
        assertThat(md).contains("On the means alone, ignoring the intervals,");
        String row = md.lines().filter(l -> l.startsWith("| 1 | Fig. 1, DM = 1 |")).findFirst().orElseThrow();
        assertThat(row).containsPattern("PPay [0-9.e]+ \\[[-0-9.e]+, [0-9.e]+\\] Hz");
    }

    @Test
    void chartsWithErrorBarsAreWrittenForEveryKindOfFigure() throws IOException {
        for (FigureSpec f : figures()) assertThat(Files.size(dir.resolve(Charts.fileName(f)))).isPositive();
    }

    @Test
    void aClaimThatHoldsOnTheMeansButNotAcrossTheIntervalsDoesNotHold() {
        FigureSpec f1 = Figures.byId(1).orElseThrow().restrict(List.of(1), List.of(Scheme.PPAY, Scheme.PPAY_STAR, Scheme.RM));
        Claims.Claim ordering = Claims.all().get(0);   // PPay < PPay* < RM, each by > 5%
        Claims.Lookup tight = fake(f1, Map.of(Scheme.PPAY, new double[] {1.99, 2.01}, Scheme.PPAY_STAR, new double[] {3.99, 4.01},
            Scheme.RM, new double[] {9.99, 10.01}));
        Sweep.Result looseSweep = fakeSweep(f1, Map.of(Scheme.PPAY, new double[] {1, 3}, Scheme.PPAY_STAR, new double[] {3.9, 4.1},
            Scheme.RM, new double[] {9.9, 10.1}));
        Claims.Lookup loose = new Claims.Lookup(looseSweep);
        assertThat(ordering.evaluate(tight).verdict()).isEqualTo(Claims.Verdict.HOLDS);
        Claims.Outcome o = ordering.evaluate(loose);
        assertThat(o.verdict()).as("means 2 < 4 < 10, but PPay*'s relative excess over PPay, 2.85 and 0.32 on the two seeds, "
            + "has an interval reaching below 0").isEqualTo(Claims.Verdict.FAILS);
        assertThat(o.ours()).contains("PPay 2.00e0 [");
        assertThat(ordering.evaluate(new Claims.Lookup(looseSweep, true)).verdict()).as("on the means alone").isEqualTo(Claims.Verdict.HOLDS);
    }

    @Test
    void aRatioClaimHoldsOnlyIfItsPerSeedRatioIntervalClearsTheThreshold() {
        FigureSpec f1 = Figures.byId(1).orElseThrow().restrict(List.of(1), List.of(Scheme.PPAY, Scheme.PPAY_STAR, Scheme.RM));
        Claims.Claim ratios = Claims.all().get(1);   // RM/PPay* and RM/PPay both ≥ 2
        Claims.Lookup apart = fake(f1, Map.of(Scheme.PPAY, new double[] {1, 1.01}, Scheme.PPAY_STAR, new double[] {4, 4.01},
            Scheme.RM, new double[] {10, 10.01}));
        Claims.Lookup overlapping = fake(f1, Map.of(Scheme.PPAY, new double[] {1, 1.01}, Scheme.PPAY_STAR, new double[] {3, 6},
            Scheme.RM, new double[] {10, 10.01}));   // RM/PPay* = 2.2 on the means, but PPay*'s upper bound is far above 5
        assertThat(ratios.evaluate(apart).verdict()).isEqualTo(Claims.Verdict.HOLDS);
        assertThat(ratios.evaluate(overlapping).verdict()).isEqualTo(Claims.Verdict.FAILS);
    }

    /** A made-up two-seed sweep of Figure 1 at DM = 1 with the given broker loads per scheme and seed. */
    private static Claims.Lookup fake(FigureSpec f1, Map<Scheme, double[]> load) { return new Claims.Lookup(fakeSweep(f1, load)); }

    private static Sweep.Result fakeSweep(FigureSpec f1, Map<Scheme, double[]> load) {
        Map<SimConfig, RunMetrics> runs = new LinkedHashMap<>();
        for (FigureSpec.Point p : f1.points(false)) {
            for (int i = 0; i < TWO.seeds(); i++) {
                SimConfig c = Sweep.withSeed(f1.config(TWO.base(), p), TWO.seedOf(i));
                Map<String, Double> v = new HashMap<>();
                for (String k : RunMetrics.KEYS) v.put(k, 0.0);
                v.put("broker_hz", load.get((Scheme) p.series())[i]);
                runs.put(c, new RunMetrics(c, v, 0));
            }
        }
        return new Sweep.Result(TWO, List.of(f1), runs, 0);
    }
}
